import { addressedRules, alt, type AddressedWords } from './addressed-extra-builder.ts';
import { arabic, chinese, hindi, japanese, korean } from './asian-languages.ts';
import { bengali, urdu } from './further-languages-extra.ts';
import { hebrew, persian, thai } from './further-languages-scripts.ts';
import { turkish } from './more-languages.ts';
import { gap, type LanguageRules } from './types.ts';

// Words of the addressed-instruction phrasings (see addressed-extra-builder.ts) for tr, zh, ja, ko, ar, hi, he, fa,
// th, bn, ur. Languages whose words take prefixes or particles without a space (Arabic "وبهدوء", Hebrew "למשתמש",
// Korean "사용자에게") are matched without word boundaries. Written for this project.

const cjk = (count: number): string => `[^。！？!?\\n]{0,${count}}`;

const tr: AddressedWords = {
  language: 'tr', script: turkish.script, verbLast: true, spaced: true,
  user: '(?:kullanıcı|kullanici|okuyucu|okur)\\p{L}{0,4}',
  ask: alt('iste', 'isteyin', 'söyle', 'söyleyin', 'hatırlat', 'hatırlatın', 'tavsiye et', 'öner', 'önerin', 'rica et', 'ikna et', 'talimat ver', 'yönlendir', 'teşvik et'),
  conceal: `(?:kullanıcı|kullanici|okuyucu|okur)\\p{L}{0,4}${gap(40)}\\b(?:söyleme|bahsetme|anlatma|açıklama|belirtme|bildirme|haber verme|sözünü etme)(?:yin)?`,
  secretly: alt('gizlice', 'sessizce', 'fark ettirmeden', 'çaktırmadan', 'kimseye söylemeden', 'haberi olmadan', 'habersizce'),
  act: alt('sil', 'silin', 'gönder', 'gönderin', 'ilet', 'iletin', 'aktar', 'aktarın', 'yükle', 'çalıştır', 'kur', 'yanıtla', 'yanıt ver', 'cevap ver', 'paylaş', 'kopyala'),
  target: alt('tüm dosyaları', 'bütün dosyaları', 'tüm e-postaları', 'tüm mesajları', 'tüm kişileri', 'klasör\\p{L}{0,4}', 'dizin\\p{L}{0,4}', 'şifre\\p{L}{0,4}', 'parola\\p{L}{0,4}', 'sadece', 'yalnızca'),
  verify: '(?:doğrula|onayla|teyit et|kilidini aç|yeniden etkinleştir)\\p{L}{0,8}',
  when: alt('özetlerken', 'çevirirken', 'özetlediğinde', 'özet çıkarırken'),
  ai: alt('yapay zeka', 'asistan', 'model', 'ajan', 'sohbet botu', 'bot'),
};

const zhUser = '(?:用户|用戶|使用者|读者|讀者)';
const zh: AddressedWords = {
  language: 'zh', script: chinese.script, verbLast: false, spaced: false,
  user: zhUser,
  ask: `(?<!不要|别|別|不准|切勿|不许|不許|不能|勿)(?:让|讓|请|請|要求|告诉|告訴|提醒|叫|引导|引導|劝|勸|建议|建議|督促|诱导|誘導|催促)`,
  conceal: `(?:不要|别|別|不准|切勿|不许|不許|千万别|千萬別|不可以|不能|勿)(?:告诉|告訴|告知|通知|提醒|透露|跟|对|對|向|和|让|讓)${cjk(6)}${zhUser}|(?:对|對|向)${zhUser}(?:保密|隐瞒|隱瞞)|(?:瞒着|瞞著)${zhUser}`,
  secretly: alt('悄悄', '偷偷', '秘密地', '暗中', '私下', '默默', '不动声色', '不動聲色', '神不知鬼不觉'),
  act: alt('删除', '刪除', '删掉', '刪掉', '发送', '發送', '发给', '發給', '转发', '轉發', '转账', '轉帳', '回复', '回覆', '回答', '上传', '上傳', '运行', '执行', '執行', '安装', '安裝', '分享', '复制', '複製'),
  target: alt('所有文件', '全部文件', '所有檔案', '文件夹', '資料夾', '目录', '目錄', '邮件', '郵件', '密码', '密碼', '联系人', '聯絡人', '“'),
  verify: alt('验证', '驗證', '确认', '確認', '核实', '核實', '解锁', '解鎖', '重新激活'),
  when: `(?:总结|總結|概括|翻译|翻譯|摘要)${cjk(12)}(?:时|時)`,
  ai: alt('AI', '助手', '模型', '智能体', '機器人', '机器人'),
};

const jaUser = '(?:ユーザー|ユーザ|利用者|読者)(?:さん|様)?(?:に|には|へ)';
const ja: AddressedWords = {
  language: 'ja', script: japanese.script, verbLast: true, spaced: false,
  user: jaUser,
  ask: alt('頼んで', '頼め', '伝えて', '伝えろ', '言って', '言え', '促して', '促せ', '依頼して', 'お願いして', '指示して', '求めて', '要求して', '勧めて', '案内して', 'させて', 'させろ'),
  conceal: `${jaUser}${cjk(30)}(?:言わないで|伝えないで|教えないで|知らせないで|話さないで|言うな|伝えるな|知らせるな|内緒に)`,
  secretly: alt('こっそり', '密かに', 'ひそかに', '内緒で', '黙って', '気づかれないように', 'バレないように', '静かに'),
  act: alt('削除', '消去', '消して', '送って', '送信', '転送', '返信', '答えて', 'アップロード', '実行', 'インストール', '振り込', '送金', '共有', 'コピー'),
  target: alt('ファイル', 'フォルダ', 'メール', 'パスワード', '連絡先', '認証情報'),
  verify: alt('確認', '認証', '検証', '本人確認', 'ロック解除', '再有効化'),
  when: `(?:要約|翻訳|まとめ)${cjk(12)}(?:際|とき|時)`,
  ai: alt('AI', 'アシスタント', 'モデル', 'エージェント', 'ボット'),
};

const koUser = '(?:사용자|유저|이용자|독자)(?:에게|한테|께|분께)';
const ko: AddressedWords = {
  language: 'ko', script: korean.script, verbLast: true, spaced: false,
  user: koUser,
  ask: '(?:라고|도록|게)\\s?(?:요청|부탁|말해|말하|전해|안내|권유|권해|유도|알려|지시|시켜|해)',
  conceal: `${koUser}${cjk(30)}(?:말하지|알리지|얘기하지|언급하지|전하지|밝히지)\\s?(?:마|말고|말아|마세요|마십시오|않)`,
  secretly: alt('몰래', '조용히', '은밀히', '비밀리에', '모르게', '티 나지 않게'),
  act: alt('삭제', '지워', '지우', '보내', '전송', '전달', '답해', '답변', '응답', '업로드', '실행', '설치', '송금', '이체', '공유', '복사'),
  target: alt('파일', '폴더', '이메일', '메일', '비밀번호', '연락처', '자격 증명'),
  verify: alt('인증', '확인', '검증', '잠금 해제', '재활성화'),
  when: `(?:요약|번역)${cjk(10)}(?:때|면서|시)`,
  ai: alt('AI', '어시스턴트', '모델', '에이전트', '챗봇'),
};

const arUser = '(?:ال|لل)(?:مستخدم|قارئ)';
const ar: AddressedWords = {
  language: 'ar', script: arabic.script, verbLast: false, spaced: false,
  user: arUser,
  ask: `(?<!لا |ولا )(?:اطلب من|اطلبي من|قل|قولي|أخبر|اخبر|أخبري|ذكّر|ذكر|انصح|أوص|وجّه|وجه|اجعل|شجع|أقنع|اقنع)`,
  conceal: `(?:لا|ولا) (?:تخبر|تخبري|تقل|تقولي|تذكر|تبلغ|تُعلم|تعلم|تطلع)${gap(30)}${arUser}`,
  secretly: alt('سرًا', 'سرا', 'سراً', 'خفية', 'خلسة', 'بصمت', 'بهدوء', 'دون أن يعلم', 'دون علم', 'من دون علم', 'دون أن يلاحظ'),
  act: alt('احذف', 'امسح', 'أرسل', 'ارسل', 'حوّل', 'حول', 'أعد توجيه', 'رد', 'أجب', 'ارفع', 'نفّذ', 'نفذ', 'ثبّت', 'ثبت', 'شارك', 'انسخ'),
  target: alt('جميع الملفات', 'كل الملفات', 'جميع الرسائل', 'كل الرسائل', 'جهات الاتصال', 'المجلد', 'كلمة المرور', 'كلمات المرور', 'فقط'),
  verify: alt('التحقق', 'يتحقق', 'تأكيد', 'يؤكد', 'توثيق', 'فك قفل', 'إعادة تفعيل'),
  when: '(?:عند|أثناء|حين) (?:تلخيص|ترجمة|تلخيصك|ترجمتك)',
  ai: alt('الذكاء الاصطناعي', 'المساعد', 'النموذج', 'الوكيل', 'روبوت المحادثة'),
};

const hiUser = '(?:उपयोगकर्ता|यूज़र|यूजर|पाठक)\\s?(?:को|से)';
const hi: AddressedWords = {
  language: 'hi', script: hindi.script, verbLast: true, spaced: false,
  user: hiUser,
  ask: alt('कहो', 'कहें', 'कहिए', 'बोलो', 'बताओ कि', 'अनुरोध करो', 'अनुरोध करें', 'याद दिलाओ', 'सलाह दो', 'निर्देश दो', 'मनाओ'),
  conceal: `${hiUser}${gap(40)}(?:मत|न|ना)\\s(?:बताओ|बताएं|बताएँ|बताना|कहो|कहें)`,
  secretly: alt('चुपके से', 'चुपचाप', 'गुप्त रूप से', 'छुपकर', 'छिपकर', 'बिना बताए'),
  act: alt('हटा दो', 'हटाओ', 'डिलीट कर', 'मिटा दो', 'भेज दो', 'भेजो', 'फ़ॉरवर्ड कर', 'फॉरवर्ड कर', 'जवाब दो', 'उत्तर दो', 'अपलोड कर', 'चलाओ', 'इंस्टॉल कर', 'ट्रांसफर कर'),
  target: alt('सभी फ़ाइलें', 'सभी फाइलें', 'सारी फ़ाइलें', 'सारी फाइलें', 'सभी ईमेल', 'फ़ोल्डर', 'फोल्डर', 'पासवर्ड', 'केवल', 'सिर्फ़', 'सिर्फ'),
  verify: alt('सत्यापित', 'वेरिफाई', 'पुष्टि', 'अनलॉक'),
  when: `(?:सारांश|अनुवाद)${gap(20)}(?:समय|के दौरान)`,
  ai: alt('AI', 'एआई', 'सहायक', 'मॉडल'),
};

const heUser = '(?:ל|מ|את )?ה?(?:משתמש|קורא)';
const he: AddressedWords = {
  language: 'he', script: hebrew.script, verbLast: false, spaced: false,
  user: heUser,
  ask: `(?<!(?:אל|לא) )(?:בקש|בקשי|תבקש|תבקשי|אמור|אמרי|תגיד|תגידי|ספר|ספרי|הזכר|הזכירי|תזכיר|הנחה|הורה|יעץ|המלץ|שכנע|דרוש)`,
  conceal: `(?:אל|לא) (?:תספר|תספרי|תגיד|תגידי|תזכיר|תזכירי|תודיע|תודיעי|תגלה|תגלי)${gap(30)}${heUser}`,
  secretly: alt('בשקט', 'בסתר', 'בחשאי', 'בלי שהמשתמש ידע', 'מבלי שהמשתמש ידע', 'בלי לספר'),
  act: alt('מחק', 'מחקי', 'שלח', 'שלחי', 'העבר', 'העבירי', 'ענה', 'עני', 'השב', 'השיבי', 'העלה', 'הרץ', 'התקן', 'שתף', 'העתק'),
  target: alt('כל הקבצים', 'את הקבצים', 'התיקייה', 'תיקיית', 'כל המיילים', 'כל ההודעות', 'אנשי הקשר', 'סיסמה', 'סיסמאות', 'רק'),
  verify: alt('לאמת', 'יאמת', 'לאשר', 'יאשר', 'לשחרר', 'להפעיל מחדש'),
  when: '(?:כש|כאשר |בזמן ש)(?:אתה |את )?(?:מסכם|מסכמת|מתרגם|מתרגמת)',
  ai: alt('בינה מלאכותית', 'עוזר', 'מודל', 'סוכן', 'AI'),
};

const faUser = '(?:به|از) (?:کاربر|خواننده)';
const fa: AddressedWords = {
  language: 'fa', script: persian.script, verbLast: true, spaced: false,
  user: faUser,
  ask: alt('بخواه', 'بخواهید', 'بگو', 'بگویید', 'یادآوری کن', 'توصیه کن', 'دستور بده', 'درخواست کن', 'متقاعد کن'),
  conceal: `(?:به )?(?:کاربر|خواننده)${gap(40)}(?:نگو|نگویید|چیزی نگو|اطلاع نده|اطلاع ندهید|خبر نده)`,
  secretly: alt('مخفیانه', 'پنهانی', 'یواشکی', 'بی‌سروصدا', 'بی سر و صدا', 'در خفا', 'بدون اینکه کاربر بفهمد'),
  act: alt('حذف کن', 'پاک کن', 'بفرست', 'ارسال کن', 'فوروارد کن', 'منتقل کن', 'پاسخ بده', 'جواب بده', 'آپلود کن', 'اجرا کن', 'نصب کن', 'واریز کن'),
  target: alt('همه فایل', 'همه‌ی فایل', 'تمام فایل', 'پوشه', 'ایمیل', 'رمز عبور', 'گذرواژه', 'فقط'),
  verify: alt('تأیید', 'تایید', 'احراز', 'بازگشایی'),
  when: '(?:هنگام|وقتی|موقع) (?:خلاصه|ترجمه)',
  ai: alt('هوش مصنوعی', 'دستیار', 'مدل', 'عامل'),
};

const thUser = '(?:ผู้ใช้|ผู้อ่าน|ยูสเซอร์)';
const th: AddressedWords = {
  language: 'th', script: thai.script, verbLast: false, spaced: false,
  user: thUser,
  ask: `(?<!อย่า|ห้าม)(?:บอกให้|ขอให้|สั่งให้|แนะนำให้|เตือนให้|ชวนให้|โน้มน้าวให้|กระตุ้นให้)`,
  conceal: `(?:อย่า|ห้าม)(?:บอก|แจ้ง|เล่า|พูด|เปิดเผย)(?:ให้)?(?:กับ)?${thUser}`,
  secretly: alt('แอบ', 'อย่างลับๆ', 'อย่างเงียบๆ', 'เงียบๆ', 'โดยไม่ให้ผู้ใช้รู้', 'ลับๆ'),
  act: alt('ลบ', 'ส่ง', 'ส่งต่อ', 'โอน', 'ตอบ', 'อัปโหลด', 'อัพโหลด', 'รัน', 'ติดตั้ง', 'แชร์', 'คัดลอก'),
  target: alt('ไฟล์ทั้งหมด', 'โฟลเดอร์', 'อีเมลทั้งหมด', 'ข้อความทั้งหมด', 'รหัสผ่าน', 'รายชื่อติดต่อ', 'แค่ว่า', 'เพียงว่า'),
  verify: alt('ยืนยัน', 'ตรวจสอบบัญชี', 'ปลดล็อก'),
  when: '(?:เมื่อ|ขณะ|ตอน)(?:ที่)?(?:คุณ)?(?:สรุป|แปล)',
  ai: alt('AI', 'เอไอ', 'ผู้ช่วย', 'โมเดล'),
};

const bnUser = '(?:ব্যবহারকারীকে|ব্যবহারকারীর কাছে|পাঠককে)';
const bn: AddressedWords = {
  language: 'bn', script: bengali.script, verbLast: true, spaced: false,
  user: bnUser,
  ask: alt('বলো', 'বলুন', 'বলবে', 'অনুরোধ কর', 'জানাও', 'মনে করিয়ে দাও', 'পরামর্শ দাও', 'নির্দেশ দাও', 'রাজি করাও'),
  conceal: `(?:ব্যবহারকারী|পাঠক)(?:কে)?${gap(40)}(?:বলবে না|বলো না|বলবেন না|জানাবে না|জানিও না|জানাবেন না)`,
  secretly: alt('গোপনে', 'চুপিচুপি', 'চুপচাপ', 'লুকিয়ে', 'না জানিয়ে'),
  act: alt('মুছে দাও', 'মুছে ফেলো', 'মুছে দিন', 'মুছে ফেলুন', 'পাঠাও', 'পাঠান', 'পাঠিয়ে দাও', 'ফরোয়ার্ড কর', 'উত্তর দাও', 'উত্তর দিন', 'আপলোড কর', 'চালাও', 'ইনস্টল কর', 'ট্রান্সফার কর'),
  target: alt('সব ফাইল', 'সমস্ত ফাইল', 'ফোল্ডার', 'সব ইমেইল', 'পাসওয়ার্ড', 'শুধু'),
  verify: alt('যাচাই', 'ভেরিফাই', 'নিশ্চিত', 'আনলক'),
  when: `(?:সারাংশ|অনুবাদ)${gap(20)}(?:সময়|করার সময়)`,
  ai: alt('এআই', 'AI', 'সহকারী', 'মডেল'),
};

const urUser = '(?:صارف|قاری|پڑھنے والے) (?:کو|سے)';
const ur: AddressedWords = {
  language: 'ur', script: urdu.script, verbLast: true, spaced: false,
  user: urUser,
  ask: alt('کہو', 'کہیں', 'کہنا', 'بولو', 'درخواست کرو', 'درخواست کریں', 'یاد دلاؤ', 'ہدایت دو', 'مشورہ دو', 'قائل کرو'),
  conceal: `(?:صارف|قاری) کو${gap(40)}(?:مت|نہ) (?:بتاؤ|بتائیں|بتانا|کہو)`,
  secretly: alt('خاموشی سے', 'چپکے سے', 'چھپ کر', 'خفیہ طور پر', 'بتائے بغیر'),
  act: alt('حذف کر', 'مٹا د', 'بھیج د', 'بھیجو', 'فارورڈ کر', 'جواب دو', 'جواب دیں', 'اپلوڈ کر', 'اپ لوڈ کر', 'چلاؤ', 'انسٹال کر', 'منتقل کر'),
  target: alt('تمام فائلیں', 'ساری فائلیں', 'فولڈر', 'تمام ای میل', 'پاس ورڈ', 'صرف'),
  verify: alt('تصدیق', 'ویریفائی', 'توثیق', 'ان لاک'),
  when: '(?:خلاصہ|ترجمہ) (?:کرتے وقت|کرتے ہوئے)',
  ai: alt('اے آئی', 'مصنوعی ذہانت', 'اسسٹنٹ', 'ماڈل'),
};

/** Addressed-instruction word tables for tr, zh, ja, ko, ar, hi, he, fa, th, bn, ur. */
export const addressedAsian: readonly LanguageRules[] = [tr, zh, ja, ko, ar, hi, he, fa, th, bn, ur].map(addressedRules);
