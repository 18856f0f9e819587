/**
 * Common words of Indonesian news prose that are not also English or French words:
 * with the function words and affix shapes of language identification, they tell an
 * Indonesian sentence or clause left inside a translation. Lower case; checked against
 * lower-case words only, so names ("Ada", "Lama") never count. Words that are also
 * English or French words (air, lain, sore, jam, motor, terminal, pun, salah) are left out.
 */
export const INDONESIAN_NEWS_WORDS: readonly string[] = [
  // Function words and connectives beyond language identification's shortlist.
  'bagi', 'oleh', 'pula', 'lagi', 'sangat', 'hanya', 'bahkan', 'yakni', 'yaitu', 'maupun', 'sehingga',
  'sebelum', 'sesudah', 'selama', 'sejak', 'melalui', 'antara', 'tengah', 'sedang', 'kemudian', 'sementara',
  'seperti', 'apabila', 'jika', 'kalau', 'meski', 'meskipun', 'walaupun', 'padahal', 'supaya', 'tanpa', 'bersama',
  'sekitar', 'sebanyak', 'sejumlah', 'beberapa', 'setiap', 'semua', 'seluruh', 'banyak', 'sedikit', 'sendiri',
  'harus', 'perlu', 'ingin', 'mau', 'boleh', 'sempat', 'pernah', 'sering', 'selalu', 'segera', 'langsung',
  'kini', 'sekarang', 'nanti', 'kemarin', 'besok', 'dulu', 'tadi', 'baru', 'lalu', 'sudah', 'telah', 'masih',
  'kami', 'kita', 'anda', 'beliau', 'mereka', 'nya', 'sini', 'situ', 'sana', 'begitu', 'demikian', 'tersebut',
  'ujar', 'tutur', 'ungkap', 'jelas', 'imbuh', 'tambah', 'katanya', 'menurutnya', 'ujarnya', 'tuturnya', 'jelasnya',
  'rencananya', 'sebelumnya', 'selanjutnya', 'akhirnya', 'sehingga', 'terutama', 'tentang', 'mengenai', 'soal',
  'terkait', 'adanya', 'yakin', 'bukan', 'belum', 'jangan', 'sebab', 'akibat', 'tetap', 'pukul', 'sekali',
  // Nouns and verbs of everyday news.
  'warga', 'korban', 'rumah', 'kota', 'desa', 'pemerintah', 'negara', 'rakyat', 'masyarakat', 'petugas', 'pihak',
  'pelaku', 'jemaah', 'usaha', 'pengusaha', 'pekerja', 'buruh', 'petani', 'nelayan', 'siswa', 'mahasiswa', 'guru', 'anak',
  'orang', 'jiwa', 'tahun', 'bulan', 'pekan', 'minggu', 'hari', 'malam', 'pagi', 'siang', 
  'tempat', 'lokasi', 'wilayah', 'daerah', 'kawasan', 'jalan', 'sungai', 'gunung', 'laut', 'pantai', 'pulau',
  'harga', 'biaya', 'uang', 'dana', 'anggaran', 'pajak', 'utang', 'hutang', 'bantuan', 'kebijakan', 'aturan',
  'peraturan', 'undang', 'hukum', 'pengadilan', 'hakim', 'jaksa', 'polisi', 'tersangka', 'terdakwa', 'saksi',
  'kasus', 'kejadian', 'peristiwa', 'kecelakaan', 'kebakaran', 'banjir', 'gempa', 'longsor', 'bencana', 'pengungsi',
  'kunjungan', 'wisatawan', 'pariwisata', 'pungutan', 'sandungan', 'batu', 'kampung', 'halaman', 'jenazah',
  'keluarga', 'ibu', 'bapak', 'suami', 'istri', 'adik', 'kakak', 'teman', 'tetangga', 'penduduk', 'penumpang',
  'kendaraan', 'kapal', 'pesawat', 'kereta', 'bandara', 'pelabuhan', 'stasiun', 
  'sekolah', 'kampus', 'masjid', 'gereja', 'pasar', 'toko', 'kantor', 'gedung', 'bangunan', 'lahan', 'tanah', 
  'listrik', 'bahan', 'bakar', 'beras', 'minyak', 'makanan', 'minuman', 'obat', 'sakit', 'penyakit', 'kesehatan',
  'pendidikan', 'pertanian', 'perdagangan', 'perusahaan', 'pabrik', 'industri', 'ekonomi', 'pertumbuhan',
  'penyebab', 'pasti', 'pastinya', 'masalah', 'persoalan', 'upaya', 'langkah', 'hasil', 'tujuan', 'rencana',
  'keputusan', 'pernyataan', 'keterangan', 'laporan', 'berita', 'kabar', 'informasi', 'pemilu', 'pemilihan',
  'calon', 'partai', 'dewan', 'menteri', 'kementerian', 'presiden', 'wakil', 'ketua', 'kepala', 'gubernur',
  'bupati', 'wali', 'camat', 'lurah', 'tentara', 'pasukan', 'perang', 'serangan', 'keamanan', 'senjata',
  'kerja', 'bekerja', 'tinggal', 'datang', 'pergi', 'pulang', 'tiba', 'naik', 'turun', 'masuk', 'keluar',
  'buka', 'tutup', 'beli', 'jual', 'bayar', 'minta', 'beri', 'kirim', 'terima', 'cari', 'temukan', 'lihat',
  'dengar', 'tahu', 'kenal', 'ikut', 'bantu', 'tolong', 'jaga', 'tunggu', 'pakai', 'bawa', 'ambil', 'tangkap',
  'meninggal', 'tewas', 'luka', 'hilang', 'selamat', 'rusak', 'parah', 'berat', 'ringan', 'besar', 'kecil',
  'tinggi', 'rendah', 'panjang', 'pendek', 'cepat', 'lambat', 'mahal', 'murah', 'penting', 'utama', 'khusus',
  'umum', 'resmi', 'baik', 'buruk', 'benar', 'mudah', 'sulit', 'aman', 'bahaya', 'berbahaya', 'siap',
  'berharap', 'menjadi', 'membawa', 'memberi', 'menerima', 'mencari', 'melihat', 'meminta', 'menolak', 'menyebut',
  'menilai', 'menduga', 'mengaku', 'mengungsi', 'menyelidiki', 'menyerang', 'membangun', 'menunggu', 'memanfaatkan',
  'berada', 'berjalan', 'berlangsung', 'berlaku', 'berhasil', 'bertemu', 'berlanjut', 'bertambah', 'berkurang',
  'terjadi', 'terdapat', 'tercatat', 'terkena', 'terlihat', 'terus', 'diduga', 'diminta', 'dibawa', 'dilakukan',
  'diterbangkan', 'dievakuasi', 'ditangkap', 'ditemukan', 'dikirim', 'dibuka', 'ditutup', 'dijual', 'dibangun',
];
