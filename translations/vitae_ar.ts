<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddExperienceDialog</name>
    <message>
        <source>Choose evidence files</source>
        <translation>اختر ملفات الإثبات</translation>
    </message>
    <message>
        <source>Add experience</source>
        <translation>إضافة خبرة</translation>
    </message>
    <message>
        <source>This will be self-asserted: signed by you. Evidence files are kept in your vault and the entry proves they are unchanged.</source>
        <translation>ستكون ذاتية التصريح: موقّعة منك. تُحفظ ملفات الإثبات في خزنتك، ويُثبت الإدخال أنها لم تتغيّر.</translation>
    </message>
    <message>
        <source>Role (required)</source>
        <translation>الدور (مطلوب)</translation>
    </message>
    <message>
        <source>For example Logistics planning officer</source>
        <translation>مثلًا: ضابط تخطيط لوجستي</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>For example U.S. Army</source>
        <translation>مثلًا: الجيش الأمريكي</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>For example Fort Hood, Texas</source>
        <translation>مثلًا: فورت هود، تكساس</translation>
    </message>
    <message>
        <source>From (required)</source>
        <translation>من (مطلوب)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Year-month, e.g. 2012-05</source>
        <translation>السنة-الشهر، مثلًا 2012-05</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>شهر البدء</translation>
    </message>
    <message>
        <source>Empty if ongoing</source>
        <translation>اتركه فارغًا إن كان مستمرًا</translation>
    </message>
    <message>
        <source>End month</source>
        <translation>شهر الانتهاء</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>ما الذي قمت به</translation>
    </message>
    <message>
        <source>What you did, for example: fleet of 60 vehicles, 1,200 personnel</source>
        <translation>ما الذي قمت به، مثلًا: أسطول من 60 مركبة و1200 فرد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>A skill, then Enter</source>
        <translation>مهارة، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>مهارة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>إضافة مهارة</translation>
    </message>
    <message>
        <source>Remove skill %1</source>
        <translation>إزالة المهارة %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الإثباتات</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>إزالة الإثبات %1</translation>
    </message>
    <message>
        <source>Add evidence files…</source>
        <translation>إضافة ملفات إثبات…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>إضافة ملفات إثبات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel adding experience</source>
        <translation>إلغاء إضافة الخبرة</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>جارٍ التوقيع…</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>حفظ الإدخال</translation>
    </message>
    <message>
        <source>Save experience</source>
        <translation>حفظ الخبرة</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>تحقّق الآن</translation>
    </message>
    <message>
        <source>Check my credentials now</source>
        <translation>التحقق من بيانات اعتمادي الآن</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>جارٍ التحقق</translation>
    </message>
    <message>
        <source>Checking your credentials with their issuers…</source>
        <translation>جارٍ التحقق من بيانات اعتمادك لدى الجهات المُصدِرة لها…</translation>
    </message>
    <message>
        <source>Last checked %1. Vitae checks again each time you unlock, and once a day while it is open.</source>
        <translation>آخر تحقق: %1. يعيد Vitae التحقق في كل مرة تفتح فيها القفل، ومرة يوميًا ما دام مفتوحًا.</translation>
    </message>
    <message>
        <source>Vitae checks your credentials each time you unlock, and once a day while it is open.</source>
        <translation>يتحقق Vitae من بيانات اعتمادك في كل مرة تفتح فيها القفل، ومرة يوميًا ما دام مفتوحًا.</translation>
    </message>
    <message>
        <source>No alerts: none of your credentials was revoked, suspended or is about to expire, and your backup is recent.</source>
        <translation>لا تنبيهات: لم يُلغَ أيٌّ من بيانات اعتمادك أو يُعلَّق أو يوشك أن تنتهي صلاحيته، ونسختك الاحتياطية حديثة.</translation>
    </message>
    <message>
        <source>Open the credential</source>
        <translation>فتح بيانات الاعتماد</translation>
    </message>
    <message>
        <source>Open the credential: %1</source>
        <translation>فتح بيانات الاعتماد: %1</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>اصنع نسخة احتياطية</translation>
    </message>
</context>
<context>
    <name>CheckLine</name>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>A verifier asks to see your credentials</source>
        <translation>يطلب مُتحقِّق الاطلاع على بيانات اعتمادك</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>جارٍ قراءة الطلب…</translation>
    </message>
    <message>
        <source>%1 asks for a presentation</source>
        <translation>يطلب %1 عرضًا</translation>
    </message>
    <message>
        <source>Your answer goes to %1.</source>
        <translation>يذهب ردّك إلى %1.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is the verifier&apos;s own description; the signature proves only the identifier above.</source>
        <translation>الاسم «%1» هو وصف المُتحقِّق لنفسه؛ والتوقيع لا يُثبت إلا المعرّف أعلاه.</translation>
    </message>
    <message>
        <source>Vitae could not check who this verifier is. Share only if you trust the address above.</source>
        <translation>تعذّر على Vitae التحقق من هوية هذا المُتحقِّق. لا تشارك إلا إن كنت تثق بالعنوان أعلاه.</translation>
    </message>
    <message>
        <source>What it would receive</source>
        <translation>ما الذي سيتلقّاه</translation>
    </message>
    <message>
        <source>It asks for %1</source>
        <translation>يطلب %1</translation>
    </message>
    <message>
        <source>You hold no credential that answers this part of the request.</source>
        <translation>لا تحمل بيانات اعتماد تلبّي هذا الجزء من الطلب.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1، من %2</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>استخدام %1</translation>
    </message>
    <message>
        <source>From your credential: %1, issued by %2</source>
        <translation>من بيانات اعتمادك: %1، صادرة عن %2</translation>
    </message>
    <message>
        <source>This credential is shared whole: its format does not let you hide parts of it.</source>
        <translation>تُشارَك بيانات الاعتماد هذه كاملة: صيغتها لا تسمح بإخفاء أجزاء منها.</translation>
    </message>
    <message>
        <source>Only the ticked claims are disclosed, with what the issuer made always visible (issuer, type, dates). Claims marked required cannot be left out.</source>
        <translation>لا يُفصَح إلا عن الادعاءات المحددة، مع ما جعلته الجهة المُصدِرة ظاهرًا دائمًا (الجهة المُصدِرة، النوع، التواريخ). ولا يمكن حذف الادعاءات الموسومة بأنها مطلوبة.</translation>
    </message>
    <message>
        <source>It asks for no particular claim: only what the issuer made always visible (issuer, type, dates) is disclosed.</source>
        <translation>لا يطلب ادعاءً بعينه: لا يُفصَح إلا عمّا جعلته الجهة المُصدِرة ظاهرًا دائمًا (الجهة المُصدِرة، النوع، التواريخ).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(مطلوب)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (مطلوب)</translation>
    </message>
    <message>
        <source>Disclose %1</source>
        <translation>إفصاح عن %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>إرسال إلى %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>رفض الطلب</translation>
    </message>
    <message>
        <source>Address given by the verifier</source>
        <translation>العنوان الذي قدّمه المُتحقِّق</translation>
    </message>
    <message>
        <source>What you sent is in your share log (Share page).</source>
        <translation>ما أرسلته مسجَّل في سجل المشاركة لديك (صفحة المشاركة).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Done with the request</source>
        <translation>إنهاء الطلب</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Welcome to Vitae</source>
        <translation>مرحبًا بك في Vitae</translation>
    </message>
    <message>
        <source>Vitae keeps your diplomas, badges and certificates in an encrypted vault on this device. Choose a passphrase to lock it.</source>
        <translation>يحفظ Vitae شهاداتك وشاراتك ووثائقك في خزنة مشفّرة على هذا الجهاز. اختر عبارة مرور لقفلها.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>اكتبها مرة أخرى</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>تأكيد عبارة المرور</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the makers of Vitae. Write it down somewhere safe, and make a backup once your vault holds credentials.</source>
        <translation>لا يمكن لأحد استعادة عبارة مرور منسية، ولا حتى صانعو Vitae. دوّنها في مكان آمن، واصنع نسخة احتياطية متى أصبحت خزنتك تحوي بيانات اعتماد.</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>جارٍ إنشاء خزنتك…</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>مجلد الخزنة: %1</translation>
    </message>
</context>
<context>
    <name>CredentialDelegate</name>
    <message>
        <source>%1, issued by %2</source>
        <translation>%1، صادرة عن %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CredentialDetailPage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to your credentials</source>
        <translation>العودة إلى بيانات اعتمادك</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>صادرة عن %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>صالحة حتى %1</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>تم التحقق منها في %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>لم يُتحقق منها بعد</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>التزكيات</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تم التحقق منها</translation>
    </message>
    <message>
        <source>checked, with a warning: open it to see why</source>
        <translation>تم التحقق منها مع تحذير: افتحها لمعرفة السبب</translation>
    </message>
    <message>
        <source>failed its check</source>
        <translation>لم تجتز التحقق</translation>
    </message>
    <message>
        <source>%1 (%2): “%3”</source>
        <translation>%1 (%2): «%3»</translation>
    </message>
    <message>
        <source>Endorsed by %1</source>
        <translation>زكّاها %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>تحقّق مرة أخرى</translation>
    </message>
    <message>
        <source>Check this credential again</source>
        <translation>التحقق من بيانات الاعتماد هذه مرة أخرى</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete this credential</source>
        <translation>حذف بيانات الاعتماد هذه</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>الحامل</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيفت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>The credential&apos;s exact data</source>
        <translation>البيانات الدقيقة لبيانات الاعتماد</translation>
    </message>
    <message>
        <source>Delete this credential?</source>
        <translation>أتحذف بيانات الاعتماد هذه؟</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Keep the credential</source>
        <translation>الإبقاء على بيانات الاعتماد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Confirm deleting the credential</source>
        <translation>تأكيد حذف بيانات الاعتماد</translation>
    </message>
    <message>
        <source>It is removed from this vault. If you have no copy, the issuer may be able to send it again.</source>
        <translation>ستُزال من هذه الخزنة. إن لم تكن لديك نسخة أخرى، فقد تتمكن الجهة المُصدِرة من إرسالها إليك مجددًا.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Your credentials</source>
        <translation>بيانات اعتمادك</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add credentials from files</source>
        <translation>إضافة بيانات اعتماد من ملفات</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Scan a QR code to add</source>
        <translation>امسح رمز QR للإضافة</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Paste a code or link</source>
        <translation>الصق رمزًا أو رابطًا</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>قفل الخزنة</translation>
    </message>
    <message>
        <source>Add credentials</source>
        <translation>إضافة بيانات اعتماد</translation>
    </message>
    <message>
        <source>Credentials, badges and portfolios (*.json *.jwt *.txt *.png *.svg *.pdf)</source>
        <translation>بيانات اعتماد وشارات وملفات إنجاز (*.json *.jwt *.txt *.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Search by title, issuer or skill</source>
        <translation>ابحث بالعنوان أو الجهة المُصدِرة أو المهارة</translation>
    </message>
    <message>
        <source>Search credentials</source>
        <translation>البحث في بيانات الاعتماد</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n alert(s) about your vault: see what to do</source>
        <translation>
            <numerusform>⚠ لا تنبيهات بشأن خزنتك</numerusform>
            <numerusform>⚠ تنبيه واحد بشأن خزنتك: اطّلع على ما يجب فعله</numerusform>
            <numerusform>⚠ تنبيهان بشأن خزنتك: اطّلع على ما يجب فعله</numerusform>
            <numerusform>⚠ %n تنبيهات بشأن خزنتك: اطّلع على ما يجب فعله</numerusform>
            <numerusform>⚠ %n تنبيهًا بشأن خزنتك: اطّلع على ما يجب فعله</numerusform>
            <numerusform>⚠ %n تنبيه بشأن خزنتك: اطّلع على ما يجب فعله</numerusform>
        </translation>
    </message>
    <message>
        <source>See alerts</source>
        <translation>عرض التنبيهات</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>بيانات الاعتماد</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>لا شيء يطابق «%1».</translation>
    </message>
    <message>
        <source>Your vault is empty. Add a credential file or drop a badge here: it will be verified and kept encrypted.</source>
        <translation>خزنتك فارغة. أضف ملف بيانات اعتماد أو أفلت شارة هنا: سيُتحقق منها وتُحفظ مشفّرة.</translation>
    </message>
    <message>
        <source>Your DID: %1</source>
        <translation>مُعرّفك اللامركزي (DID): %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Verified, with warnings</source>
        <translation>تم التحقق، مع تحذيرات</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>فشل التحقق</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>الحالة غير معروفة</translation>
    </message>
    <message>
        <source>Self-asserted</source>
        <translation>ذاتية التصريح</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>لم يُتحقق منها بعد</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>All issuers</source>
        <translation>كل الجهات المُصدِرة</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>الأقدم أولًا</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>Most recently issued</source>
        <translation>الأحدث إصدارًا</translation>
    </message>
    <message>
        <source>No credential matches these filters.</source>
        <translation>لا توجد بيانات اعتماد تطابق هذه المرشحات.</translation>
    </message>
</context>
<context>
    <name>DeletePortfolioDialog</name>
    <message>
        <source>Delete the portfolio?</source>
        <translation>أتحذف ملف الإنجاز؟</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>أتحذف «%1»؟</translation>
    </message>
    <message>
        <source>Only the portfolio goes: its credentials, entries and evidence stay in your vault. Files you exported from it are not touched.</source>
        <translation>يُحذف ملف الإنجاز وحده: تبقى بيانات اعتماده وإدخالاته وإثباتاته في خزنتك. ولا تُمسّ الملفات التي صدّرتها منه.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Keep the portfolio</source>
        <translation>الإبقاء على ملف الإنجاز</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Confirm deleting the portfolio</source>
        <translation>تأكيد حذف ملف الإنجاز</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Save the bundle</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <source>Portfolio bundle (*.json)</source>
        <translation>حزمة ملف إنجاز (*.json)</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Title, for example Operations manager, Acme Freight</source>
        <translation>العنوان، مثلًا: مدير العمليات، Acme Freight</translation>
    </message>
    <message>
        <source>Bundle title</source>
        <translation>عنوان الحزمة</translation>
    </message>
    <message>
        <source>Credentials to export</source>
        <translation>بيانات الاعتماد المراد تصديرها</translation>
    </message>
    <message>
        <source>%1 (self-asserted)</source>
        <translation>%1 (ذاتية التصريح)</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1، من %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>Save bundle…</source>
        <translation>حفظ الحزمة…</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>حفظ ملف PDF</translation>
    </message>
    <message>
        <source>Portfolio PDF (*.pdf)</source>
        <translation>ملف إنجاز بصيغة PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation>تصدير ملف الإنجاز</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>تصدير «%1»</translation>
    </message>
    <message>
        <source>In this order, each with its evidence files:</source>
        <translation>بهذا الترتيب، كلٌّ مع ملفات إثباته:</translation>
    </message>
    <message>
        <source>What the export holds, in order</source>
        <translation>محتوى التصدير بالترتيب</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The PDF reads like a CV and carries the signed bundle, so it can be checked; the bundle alone is for systems that verify.</source>
        <translation>يُقرأ ملف PDF كسيرة ذاتية ويحمل الحزمة الموقّعة ليمكن التحقق منه؛ أما الحزمة وحدها فهي للأنظمة التي تتحقق.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>حفظ PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
</context>
<context>
    <name>FilePathField</name>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>اختيار: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Add to your wallet</source>
        <translation>إضافة إلى محفظتك</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>صادرة عن %1</translation>
    </message>
    <message>
        <source>Cannot be added: %1</source>
        <translation>تتعذّر الإضافة: %1</translation>
    </message>
    <message>
        <source>Already in your wallet.</source>
        <translation>موجودة في محفظتك بالفعل.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel adding</source>
        <translation>إلغاء الإضافة</translation>
    </message>
    <message numerus="yes">
        <source>Add %n credential(s)</source>
        <translation>
            <numerusform>لا بيانات اعتماد لإضافتها</numerusform>
            <numerusform>إضافة بيان اعتماد واحد</numerusform>
            <numerusform>إضافة بياني اعتماد</numerusform>
            <numerusform>إضافة %n بيانات اعتماد</numerusform>
            <numerusform>إضافة %n بيان اعتماد</numerusform>
            <numerusform>إضافة %n بيان اعتماد</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to wallet</source>
        <translation>إضافة إلى المحفظة</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Save the presentation</source>
        <translation>حفظ العرض</translation>
    </message>
    <message>
        <source>SD-JWT presentation (*.txt)</source>
        <translation>عرض SD-JWT (*.txt)</translation>
    </message>
    <message>
        <source>Verifiable presentation (*.json)</source>
        <translation>عرض قابل للتحقق (*.json)</translation>
    </message>
    <message>
        <source>Presentation for the verifier</source>
        <translation>العرض المقدَّم للمُتحقِّق</translation>
    </message>
    <message>
        <source>Presentation QR code</source>
        <translation>رمز QR للعرض</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>إلى %1</translation>
    </message>
    <message>
        <source>For the verifier in front of you</source>
        <translation>للمُتحقِّق الذي أمامك</translation>
    </message>
    <message>
        <source>What they will see</source>
        <translation>ما الذي سيراه</translation>
    </message>
    <message>
        <source>The code changes a few times a second: hold still until the verifier&apos;s device has read it.</source>
        <translation>يتغيّر الرمز عدة مرات في الثانية: ثبّت الجهاز حتى يقرأه جهاز المُتحقِّق.</translation>
    </message>
    <message>
        <source>Let the verifier scan this code. It is in your share log.</source>
        <translation>دع المُتحقِّق يمسح هذا الرمز. إنه مسجَّل في سجل المشاركة لديك.</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>حفظ كملف…</translation>
    </message>
    <message>
        <source>Save as file</source>
        <translation>حفظ كملف</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the QR code</source>
        <translation>إغلاق رمز QR</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Vitae</source>
        <translation>Vitae</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Credentials</source>
        <translation>بيانات الاعتماد</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>ملف الإنجاز</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>إخفاء عبارة المرور</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
</context>
<context>
    <name>PendingLinkBanner</name>
    <message>
        <source>Collect</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Collect from this link</source>
        <translation>الاستلام من هذا الرابط</translation>
    </message>
    <message>
        <source>Review the request</source>
        <translation>مراجعة الطلب</translation>
    </message>
    <message>
        <source>Open to verify</source>
        <translation>فتح للتحقق</translation>
    </message>
    <message>
        <source>Review what the verifier asks for</source>
        <translation>مراجعة ما يطلبه المُتحقِّق</translation>
    </message>
    <message>
        <source>Open the presentation to verify it</source>
        <translation>فتح العرض للتحقق منه</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss the received link</source>
        <translation>تجاهل الرابط المستلَم</translation>
    </message>
    <message>
        <source>Transaction code</source>
        <translation>رمز المعاملة</translation>
    </message>
    <message>
        <source>Dismiss the opened files</source>
        <translation>تجاهل الملفات المفتوحة</translation>
    </message>
</context>
<context>
    <name>PortfolioEditor</name>
    <message>
        <source>‹ All portfolios</source>
        <translation>‹ كل ملفات الإنجاز</translation>
    </message>
    <message>
        <source>Back to portfolios</source>
        <translation>العودة إلى ملفات الإنجاز</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export portfolio</source>
        <translation>تصدير ملف الإنجاز</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Rename portfolio</source>
        <translation>إعادة تسمية ملف الإنجاز</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete portfolio</source>
        <translation>حذف ملف الإنجاز</translation>
    </message>
    <message>
        <source>In this portfolio, in the order it is read</source>
        <translation>في ملف الإنجاز هذا، بترتيب قراءته</translation>
    </message>
    <message>
        <source>This portfolio is empty. Add credentials, experience entries and endorsements from the list below; they are exported in the order shown here, with their evidence files.</source>
        <translation>ملف الإنجاز هذا فارغ. أضف بيانات اعتماد وإدخالات خبرة وتزكيات من القائمة أدناه؛ وتُصدَّر بالترتيب المعروض هنا مع ملفات إثباتها.</translation>
    </message>
    <message>
        <source>Add to this portfolio</source>
        <translation>إضافة إلى ملف الإنجاز هذا</translation>
    </message>
    <message>
        <source>Your vault has nothing to add yet: import a credential on the Credentials page, or add your experience on the Portfolio page first.</source>
        <translation>لا تحوي خزنتك بعدُ ما يمكن إضافته: استورد بيانات اعتماد من صفحة بيانات الاعتماد، أو أضف خبرتك من صفحة ملف الإنجاز أولًا.</translation>
    </message>
    <message>
        <source>Everything in your vault is in this portfolio.</source>
        <translation>كل ما في خزنتك موجود في ملف الإنجاز هذا.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add %1 to the portfolio</source>
        <translation>إضافة %1 إلى ملف الإنجاز</translation>
    </message>
</context>
<context>
    <name>PortfolioItemDelegate</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 من %2: %3</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>الإثباتات: %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>تحريك %1 لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>تحريك %1 لأسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove %1 from the portfolio</source>
        <translation>إزالة %1 من ملف الإنجاز</translation>
    </message>
</context>
<context>
    <name>PortfolioListSection</name>
    <message>
        <source>Portfolios</source>
        <translation>ملفات الإنجاز</translation>
    </message>
    <message>
        <source>A portfolio is what you send with one application: the credentials, experience and endorsements that matter for it, in the order you want them read.</source>
        <translation>ملف الإنجاز هو ما ترسله مع طلب توظيف واحد: بيانات الاعتماد والخبرات والتزكيات المهمة له، بالترتيب الذي تريد أن تُقرأ به.</translation>
    </message>
    <message>
        <source>Name, for example Operations manager, Acme Freight</source>
        <translation>الاسم، مثلًا: مدير العمليات، Acme Freight</translation>
    </message>
    <message>
        <source>New portfolio name</source>
        <translation>اسم ملف الإنجاز الجديد</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Create portfolio</source>
        <translation>إنشاء ملف إنجاز</translation>
    </message>
    <message>
        <source>No portfolios yet. Name one after the job you are applying for, then add what it should show.</source>
        <translation>لا ملفات إنجاز بعد. سمِّ واحدًا باسم الوظيفة التي تتقدم إليها، ثم أضف ما ينبغي أن يعرضه.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open portfolio %1</source>
        <translation>فتح ملف الإنجاز %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Rename portfolio %1</source>
        <translation>إعادة تسمية ملف الإنجاز %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete portfolio %1</source>
        <translation>حذف ملف الإنجاز %1</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>عنصر واحد</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>عدد العناصر: %1</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>ملف الإنجاز</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Your experience, in your own words. Entries are self-asserted: signed by you, not checked by anyone else until someone endorses them.</source>
        <translation>خبرتك بكلماتك أنت. الإدخالات ذاتية التصريح: موقّعة منك، ولا يتحقق منها أحد حتى يزكّيها شخص ما.</translation>
    </message>
    <message>
        <source>Add experience</source>
        <translation>إضافة خبرة</translation>
    </message>
    <message>
        <source>No entries yet. Add a job, a volunteer role or anything you did that others should know about.</source>
        <translation>لا إدخالات بعد. أضف وظيفة أو عملًا تطوعيًا أو أي شيء أنجزته ينبغي أن يعرفه الآخرون.</translation>
    </message>
    <message>
        <source>%1, self-asserted</source>
        <translation>%1، ذاتية التصريح</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>الإثباتات: %1</translation>
    </message>
    <message>
        <source>No evidence files attached.</source>
        <translation>لا ملفات إثبات مرفقة.</translation>
    </message>
</context>
<context>
    <name>PortfolioViewModel</name>
    <message>
        <source>Experience entry, self-asserted</source>
        <translation>إدخال خبرة، ذاتي التصريح</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>تزكية</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>بيانات اعتماد</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RememberDeviceOption</name>
    <message>
        <source>Remember on this device</source>
        <translation>التذكّر على هذا الجهاز</translation>
    </message>
    <message>
        <source>When this is on, this device&apos;s keychain keeps a key that opens your vault without the passphrase. Anyone who can use your logged-in account on this device can then open the vault. Your passphrase itself is never saved, and it still works. Turning this off removes the key.</source>
        <translation>عند التفعيل، تحفظ سلسلة مفاتيح هذا الجهاز مفتاحًا يفتح خزنتك دون عبارة المرور. وعندئذ يستطيع كل من يستخدم حسابك المفتوح على هذا الجهاز فتح الخزنة. لا تُحفظ عبارة مرورك نفسها أبدًا، وتظل صالحة. إيقاف هذا الخيار يزيل المفتاح.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>غير متاح: %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>قيد العمل</translation>
    </message>
</context>
<context>
    <name>RenamePortfolioDialog</name>
    <message>
        <source>Rename the portfolio</source>
        <translation>إعادة تسمية ملف الإنجاز</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>إعادة تسمية «%1»</translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation>اسم ملف الإنجاز</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel renaming</source>
        <translation>إلغاء إعادة التسمية</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>حفظ الاسم</translation>
    </message>
    <message>
        <source>Save the new name</source>
        <translation>حفظ الاسم الجديد</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Open a picture of a QR code</source>
        <translation>فتح صورة لرمز QR</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>QR code scanner</source>
        <translation>ماسح رموز QR</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>مسح رمز QR</translation>
    </message>
    <message>
        <source>Camera view</source>
        <translation>عرض الكاميرا</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>لم يُعثر على كاميرا</translation>
    </message>
    <message>
        <source>You can still read the code: open a picture or screenshot of it, or copy the code (or the link or text it holds) and paste it here with Paste or Ctrl+V.</source>
        <translation>لا يزال بإمكانك قراءة الرمز: افتح صورة أو لقطة شاشة له، أو انسخ الرمز (أو الرابط أو النص الذي يحويه) والصقه هنا بزر اللصق أو Ctrl+V.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Scan status: %1</source>
        <translation>حالة المسح: %1</translation>
    </message>
    <message>
        <source>Open a picture…</source>
        <translation>فتح صورة…</translation>
    </message>
    <message>
        <source>Open a picture of the code</source>
        <translation>فتح صورة للرمز</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Paste a code</source>
        <translation>لصق رمز</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel scanning</source>
        <translation>إلغاء المسح</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>After 1 minute</source>
        <translation>بعد دقيقة واحدة</translation>
    </message>
    <message>
        <source>After %1 minutes</source>
        <translation>بعد %1 دقيقة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>حفظ النسخة الاحتياطية باسم</translation>
    </message>
    <message>
        <source>Vitae backups (*.vitaebackup)</source>
        <translation>نسخ Vitae الاحتياطية (*.vitaebackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>اختر نسخة احتياطية لاستعادتها</translation>
    </message>
    <message>
        <source>Choose a folder for the restored vault</source>
        <translation>اختر مجلدًا للخزنة المستعادة</translation>
    </message>
    <message>
        <source>Add a trust list</source>
        <translation>إضافة قائمة ثقة</translation>
    </message>
    <message>
        <source>Trust lists and issuer registries (*.json)</source>
        <translation>قوائم الثقة وسجلات الجهات المُصدِرة (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) about your vault</source>
        <translation>
            <numerusform>لا تنبيهات بشأن خزنتك</numerusform>
            <numerusform>تنبيه واحد بشأن خزنتك</numerusform>
            <numerusform>تنبيهان بشأن خزنتك</numerusform>
            <numerusform>%n تنبيهات بشأن خزنتك</numerusform>
            <numerusform>%n تنبيهًا بشأن خزنتك</numerusform>
            <numerusform>%n تنبيه بشأن خزنتك</numerusform>
        </translation>
    </message>
    <message>
        <source>See alerts</source>
        <translation>عرض التنبيهات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Lock the vault when Vitae is not used</source>
        <translation>قفل الخزنة عند عدم استخدام Vitae</translation>
    </message>
    <message>
        <source>Auto-lock time</source>
        <translation>مهلة القفل التلقائي</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>اقفل الآن</translation>
    </message>
    <message>
        <source>Trust lists</source>
        <translation>قوائم الثقة</translation>
    </message>
    <message>
        <source>Issuers on your trust lists show as known issuers when Vitae checks a credential. Lists come from your school, employer or a registry such as the Digital Credentials Consortium&apos;s.</source>
        <translation>تظهر الجهات المُصدِرة المدرجة في قوائم الثقة لديك جهاتٍ معروفة عندما يتحقق Vitae من بيانات اعتماد. تأتي القوائم من مدرستك أو جهة عملك أو من سجلّ مثل سجلّ Digital Credentials Consortium.</translation>
    </message>
    <message>
        <source>No trust lists yet.</source>
        <translation>لا قوائم ثقة بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n issuer(s)</source>
        <translation>
            <numerusform>%1 · لا جهات مُصدِرة</numerusform>
            <numerusform>%1 · جهة مُصدِرة واحدة</numerusform>
            <numerusform>%1 · جهتان مُصدِرتان</numerusform>
            <numerusform>%1 · %n جهات مُصدِرة</numerusform>
            <numerusform>%1 · %n جهةً مُصدِرة</numerusform>
            <numerusform>%1 · %n جهة مُصدِرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove trust list %1</source>
        <translation>إزالة قائمة الثقة %1</translation>
    </message>
    <message>
        <source>Trust list file</source>
        <translation>ملف قائمة الثقة</translation>
    </message>
    <message>
        <source>Trust list file (JSON)</source>
        <translation>ملف قائمة الثقة (JSON)</translation>
    </message>
    <message>
        <source>Add trust list</source>
        <translation>إضافة قائمة الثقة</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخر نسخة احتياطية: %1</translation>
    </message>
    <message>
        <source>You have not made a backup of this vault yet.</source>
        <translation>لم تصنع بعدُ نسخة احتياطية من هذه الخزنة.</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding your whole vault, your keys included. It has a passphrase of its own: keep the file on another device and the passphrase somewhere safe.</source>
        <translation>النسخة الاحتياطية ملف مشفّر واحد يحوي خزنتك كلها بما فيها مفاتيحك. ولها عبارة مرور خاصة بها: احفظ الملف على جهاز آخر، وعبارة المرور في مكان آمن.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Where to save it, e.g. %1</source>
        <translation>مكان حفظها، مثلًا %1</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup passphrase strength</source>
        <translation>قوة عبارة مرور النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>اكتبها مرة أخرى</translation>
    </message>
    <message>
        <source>Confirm backup passphrase</source>
        <translation>تأكيد عبارة مرور النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>جارٍ صنع النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Make backup</source>
        <translation>اصنع النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>الاستعادة</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>ملف النسخة الاحتياطية المراد استعادته</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>عبارة مرور النسخة الاحتياطية المراد استعادتها</translation>
    </message>
    <message>
        <source>Folder for the restored vault</source>
        <translation>مجلد الخزنة المستعادة</translation>
    </message>
    <message>
        <source>A new, empty folder</source>
        <translation>مجلد جديد فارغ</translation>
    </message>
    <message>
        <source>Passphrase for the restored vault</source>
        <translation>عبارة مرور الخزنة المستعادة</translation>
    </message>
    <message>
        <source>Confirm passphrase for the restored vault</source>
        <translation>تأكيد عبارة مرور الخزنة المستعادة</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>Restore into a new vault</source>
        <translation>الاستعادة في خزنة جديدة</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>مجلد الخزنة: %1</translation>
    </message>
    <message>
        <source>Restoring builds a new vault from a backup, in a folder of its own, with a new passphrase. The vault you have open now is never changed or replaced. Open the restored vault by starting Vitae with -⁠-⁠vault and its folder.</source>
        <translation>تبني الاستعادة خزنة جديدة من نسخة احتياطية، في مجلد خاص بها وبعبارة مرور جديدة. لا تتغيّر الخزنة المفتوحة الآن ولا تُستبدل أبدًا. افتح الخزنة المستعادة بتشغيل Vitae مع ‎-⁠-⁠vault‎ ومجلدها.</translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <source>Share credentials</source>
        <translation>مشاركة بيانات الاعتماد</translation>
    </message>
    <message>
        <source>1. Choose what to share</source>
        <translation>1. اختر ما تشاركه</translation>
    </message>
    <message>
        <source>Your vault has no credentials to share yet.</source>
        <translation>لا تحوي خزنتك بعدُ بيانات اعتماد للمشاركة.</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>مشاركة %1</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>صادرة عن %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Disclose %1</source>
        <translation>إفصاح عن %1</translation>
    </message>
    <message>
        <source>2. Who is asking</source>
        <translation>2. من يطلب</translation>
    </message>
    <message>
        <source>The verifier gives you a challenge (scan their code or type it). It ties this presentation to them, so it cannot be replayed elsewhere.</source>
        <translation>يعطيك المُتحقِّق تحدّيًا (امسح رمزه أو اكتبه). يربط هذا العرضَ به، فلا يمكن إعادة استخدامه في مكان آخر.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>التحدّي</translation>
    </message>
    <message>
        <source>Verifier&apos;s challenge</source>
        <translation>تحدّي المُتحقِّق</translation>
    </message>
    <message>
        <source>Domain, for example jobs.example (optional)</source>
        <translation>النطاق، مثلًا jobs.example (اختياري)</translation>
    </message>
    <message>
        <source>Verifier&apos;s domain</source>
        <translation>نطاق المُتحقِّق</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>جارٍ التوقيع…</translation>
    </message>
    <message>
        <source>Build presentation</source>
        <translation>إنشاء العرض</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>قيد العمل</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) chosen.</source>
        <translation>
            <numerusform>لم تُختر أي بيانات اعتماد.</numerusform>
            <numerusform>اختير بيان اعتماد واحد.</numerusform>
            <numerusform>اختير بيانا اعتماد.</numerusform>
            <numerusform>اختيرت %n بيانات اعتماد.</numerusform>
            <numerusform>اختير %n بيان اعتماد.</numerusform>
            <numerusform>اختير %n بيان اعتماد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your share log</source>
        <translation>سجل المشاركة لديك</translation>
    </message>
    <message>
        <source>Nothing shared yet. Every presentation you make is listed here: what, to whom, and when.</source>
        <translation>لم تشارك شيئًا بعد. يظهر هنا كل عرض تقدّمه: ماذا، ولمن، ومتى.</translation>
    </message>
    <message>
        <source>%1 · to %2 by %3</source>
        <translation>%1 · إلى %2 عبر %3</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>Search skills</source>
        <translation>البحث في المهارات</translation>
    </message>
    <message>
        <source>No skill matches “%1”.</source>
        <translation>لا مهارة تطابق «%1».</translation>
    </message>
    <message>
        <source>No skills yet. They come from your credentials&apos; alignments and tags, and from the skills you list in your portfolio entries.</source>
        <translation>لا مهارات بعد. تأتي المهارات من مواءمات بيانات اعتمادك ووسومها، ومن المهارات التي تذكرها في إدخالات ملف إنجازك.</translation>
    </message>
    <message>
        <source>Skill %1. %2</source>
        <translation>المهارة %1. %2</translation>
    </message>
    <message>
        <source>%1 (self-asserted)</source>
        <translation>%1 (ذاتية التصريح)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Verified, with warnings</source>
        <translation>تم التحقق، مع تحذيرات</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>فشل التحقق</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>الحالة غير معروفة</translation>
    </message>
    <message>
        <source>Self-asserted</source>
        <translation>ذاتية التصريح</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>لم يُتحقق منها بعد</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>افتح قفل خزنتك</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Unlocking on this device…</source>
        <translation>جارٍ فتح القفل على هذا الجهاز…</translation>
    </message>
    <message>
        <source>Unlock on this device</source>
        <translation>فتح القفل على هذا الجهاز</translation>
    </message>
    <message>
        <source>Opens the vault with the key kept in this device&apos;s keychain, without the passphrase.</source>
        <translation>يفتح الخزنة بالمفتاح المحفوظ في سلسلة مفاتيح هذا الجهاز، دون عبارة المرور.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>قيد العمل</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify a presentation</source>
        <translation>التحقق من عرض</translation>
    </message>
    <message>
        <source>Open a presentation</source>
        <translation>فتح عرض</translation>
    </message>
    <message>
        <source>Presentations (*.json *.txt)</source>
        <translation>العروض (*.json *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>1. Your challenge</source>
        <translation>1. تحدّيك</translation>
    </message>
    <message>
        <source>Make a new challenge for each interview and let the learner scan it, so what they show was made for you alone.</source>
        <translation>أنشئ تحدّيًا جديدًا لكل مقابلة ودع المتعلّم يمسحه، ليكون ما يعرضه عليك مُعدًّا لك وحدك.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>التحدّي</translation>
    </message>
    <message>
        <source>Your challenge</source>
        <translation>تحدّيك</translation>
    </message>
    <message>
        <source>Your domain (optional)</source>
        <translation>نطاقك (اختياري)</translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation>نطاقك</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>تحدٍّ جديد</translation>
    </message>
    <message>
        <source>Challenge QR code</source>
        <translation>رمز QR للتحدّي</translation>
    </message>
    <message>
        <source>2. What the learner shows you</source>
        <translation>2. ما يعرضه عليك المتعلّم</translation>
    </message>
    <message>
        <source>Paste the presentation or its link here</source>
        <translation>الصق العرض أو رابطه هنا</translation>
    </message>
    <message>
        <source>Presentation text</source>
        <translation>نص العرض</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>فتح ملف…</translation>
    </message>
    <message>
        <source>Open presentation file</source>
        <translation>فتح ملف عرض</translation>
    </message>
    <message>
        <source>Scan QR…</source>
        <translation>مسح QR…</translation>
    </message>
    <message>
        <source>Scan a presentation QR code</source>
        <translation>مسح رمز QR لعرض</translation>
    </message>
    <message>
        <source>Paste code</source>
        <translation>لصق الرمز</translation>
    </message>
    <message>
        <source>Paste a presentation code</source>
        <translation>لصق رمز عرض</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Verify presentation</source>
        <translation>التحقق من العرض</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Checked on this device only; nothing is kept.</source>
        <translation>يُتحقق منه على هذا الجهاز فقط، ولا يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The verdict appears here: whether the presentation was made for your challenge, who issued each credential, and exactly what the learner disclosed.</source>
        <translation>تظهر النتيجة هنا: هل أُعدّ العرض لتحدّيك، ومن أصدر كل بيان اعتماد، وما الذي أفصح عنه المتعلّم بالضبط.</translation>
    </message>
    <message>
        <source>Presented by %1</source>
        <translation>قدّمه %1</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>صادرة عن %1</translation>
    </message>
    <message>
        <source>Disclosed by the holder</source>
        <translation>أفصح عنه الحامل</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>ما تقوله</translation>
    </message>
    <message>
        <source>Disclosed claims: %1</source>
        <translation>البيانات المُفصَح عنها: %1</translation>
    </message>
</context>
<context>
    <name>vitae</name>
    <message>
        <source>%1 is too large to search for a QR code.</source>
        <translation>%1 أكبر من أن يُبحث فيه عن رمز QR.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a picture.</source>
        <translation>لا يمكن قراءة %1 كصورة.</translation>
    </message>
    <message>
        <source>The code could not be read whole, so Vitae starts reading it again.</source>
        <translation>تعذّرت قراءة الرمز كاملًا، لذا يبدأ Vitae قراءته من جديد.</translation>
    </message>
    <message>
        <source>This picture is too large to search for a QR code.</source>
        <translation>هذه الصورة أكبر من أن يُبحث فيها عن رمز QR.</translation>
    </message>
    <message>
        <source>The picture is empty or cannot be read.</source>
        <translation>الصورة فارغة أو تتعذّر قراءتها.</translation>
    </message>
    <message>
        <source>The camera gave an empty frame.</source>
        <translation>أعطت الكاميرا إطارًا فارغًا.</translation>
    </message>
    <message>
        <source>The camera&apos;s frames cannot be read.</source>
        <translation>تتعذّر قراءة إطارات الكاميرا.</translation>
    </message>
    <message>
        <source>The camera&apos;s picture format cannot be read for QR codes.</source>
        <translation>لا يمكن قراءة صيغة صورة الكاميرا لرموز QR.</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>أُلغي جلب %1.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>أجاب الخادم بـ %1 بشأن %2.</translation>
    </message>
    <message>
        <source>There is nothing to use here: the text is empty.</source>
        <translation>لا شيء هنا للاستخدام: النص فارغ.</translation>
    </message>
    <message>
        <source>This looks like JSON but cannot be read, so it was not used.</source>
        <translation>يبدو هذا JSON لكن تتعذّر قراءته، لذا لم يُستخدم.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>النسخة الاحتياطية %1 تالفة: %2</translation>
    </message>
    <message>
        <source>%1 is not a Vitae backup.</source>
        <translation>%1 ليست نسخة احتياطية من Vitae.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Vitae (format %1); update Vitae to restore it.</source>
        <translation>صُنعت هذه النسخة الاحتياطية بإصدار أحدث من Vitae (الصيغة %1)؛ حدّث Vitae لاستعادتها.</translation>
    </message>
    <message>
        <source>The backup keys could not be derived.</source>
        <translation>تعذّر اشتقاق مفاتيح النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The backup&apos;s contents are malformed: %1</source>
        <translation>محتوى النسخة الاحتياطية غير سليم البنية: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>The backup passphrase is not correct.</source>
        <translation>عبارة مرور النسخة الاحتياطية غير صحيحة.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was kept.</source>
        <translation>أُلغيت الاستعادة، ولم يُحتفظ بشيء.</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>أُلغي النسخ الاحتياطي، ولم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Unlock the vault to back it up.</source>
        <translation>افتح قفل الخزنة لنسخها احتياطيًا.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup.</source>
        <translation>اختر عبارة مرور للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The backup chunk size is out of range.</source>
        <translation>حجم أجزاء النسخة الاحتياطية خارج النطاق المسموح.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <translation>تتعذّر كتابة النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be saved: %2</source>
        <translation>تعذّر حفظ النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 was written, but the vault could not note when: %2</source>
        <translation>كُتبت النسخة الاحتياطية %1، لكن الخزنة لم تتمكن من تسجيل وقتها: %2</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete: it ends before its last part (it may have been cut short while being copied or saved).</source>
        <translation>النسخة الاحتياطية %1 غير مكتملة: تنتهي قبل جزئها الأخير (ربما قُطعت أثناء نسخها أو حفظها).</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is malformed: %1</source>
        <translation>بيان محتويات النسخة الاحتياطية غير سليم البنية: %1</translation>
    </message>
    <message>
        <source>This backup was made by a newer Vitae (contents version %1); update Vitae to restore it.</source>
        <translation>صُنعت هذه النسخة الاحتياطية بإصدار أحدث من Vitae (إصدار المحتوى %1)؛ حدّث Vitae لاستعادتها.</translation>
    </message>
    <message>
        <source>An item in the vault is too large to back up (%1 MB).</source>
        <translation>عنصر في الخزنة أكبر من أن يُنسخ احتياطيًا (%1 ميغابايت).</translation>
    </message>
    <message>
        <source>The folder %1 already holds a vault; a restore never touches an existing vault. Choose a new folder.</source>
        <translation>المجلد %1 يحوي خزنة بالفعل، والاستعادة لا تمسّ خزنة موجودة أبدًا. اختر مجلدًا جديدًا.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder for the restored vault.</source>
        <translation>المجلد %1 ليس فارغًا؛ اختر مجلدًا جديدًا أو فارغًا للخزنة المستعادة.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the restored vault.</source>
        <translation>اختر عبارة مرور للخزنة المستعادة.</translation>
    </message>
    <message>
        <source>This backup holds a vault from a newer Vitae (schema %1); update Vitae to restore it.</source>
        <translation>تحوي هذه النسخة الاحتياطية خزنة من إصدار أحدث من Vitae (المخطط %1)؛ حدّث Vitae لاستعادتها.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty; nothing was restored.</source>
        <translation>المجلد %1 لم يعد فارغًا، ولم يُستعد شيء.</translation>
    </message>
    <message>
        <source>The restored vault could not be moved to %1.</source>
        <translation>تعذّر نقل الخزنة المستعادة إلى %1.</translation>
    </message>
    <message>
        <source>The date in &quot;%1&quot; cannot be read.</source>
        <translation>تتعذّر قراءة التاريخ في «%1».</translation>
    </message>
    <message>
        <source>The credential is %1 MB; Vitae reads credentials up to %2 MB.</source>
        <translation>حجم بيانات الاعتماد %1 ميغابايت، ويقرأ Vitae بيانات اعتماد حتى %2 ميغابايت.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>This is a presentation holding credentials, not a single credential.</source>
        <translation>هذا عرض يحوي بيانات اعتماد، وليس بيان اعتماد واحدًا.</translation>
    </message>
    <message>
        <source>This JSON is not a verifiable credential (it needs @context and the type VerifiableCredential).</source>
        <translation>ملف JSON هذا ليس بيانات اعتماد قابلة للتحقق (يلزمه @context والنوع VerifiableCredential).</translation>
    </message>
    <message>
        <source>This is not a credential Vitae can read (not JSON, a JWT or an SD-JWT).</source>
        <translation>هذه ليست بيانات اعتماد يستطيع Vitae قراءتها (ليست JSON ولا JWT ولا SD-JWT).</translation>
    </message>
    <message>
        <source>This JWT does not hold a verifiable credential (no &quot;vc&quot; claim).</source>
        <translation>رمز JWT هذا لا يحوي بيانات اعتماد قابلة للتحقق (لا يوجد ادعاء «vc»).</translation>
    </message>
    <message>
        <source>This Open Badge has no id or no badge.</source>
        <translation>شارة Open Badge هذه بلا id أو بلا badge.</translation>
    </message>
    <message>
        <source>This SD-JWT is not a credential (its type is &quot;%1&quot;, not dc+sd-jwt).</source>
        <translation>رمز SD-JWT هذا ليس بيانات اعتماد (نوعه «%1» وليس dc+sd-jwt).</translation>
    </message>
    <message>
        <source>The SD-JWT credential lacks its issuer (iss) or type (vct).</source>
        <translation>بيانات اعتماد SD-JWT تفتقد جهتها المُصدِرة (iss) أو نوعها (vct).</translation>
    </message>
    <message>
        <source>The credential does not have the type VerifiableCredential.</source>
        <translation>بيانات الاعتماد ليست من النوع VerifiableCredential.</translation>
    </message>
    <message>
        <source>The credential does not say who issued it.</source>
        <translation>لا تذكر بيانات الاعتماد من أصدرها.</translation>
    </message>
    <message>
        <source>The credential has no credentialSubject.</source>
        <translation>بيانات الاعتماد بلا credentialSubject.</translation>
    </message>
    <message>
        <source>The CLR holds more credentials than Vitae reads (%1).</source>
        <translation>يحوي سجل CLR بيانات اعتماد أكثر مما يقرأ Vitae (%1).</translation>
    </message>
    <message>
        <source>A credential inside the CLR is not a JSON object.</source>
        <translation>أحد بيانات الاعتماد داخل سجل CLR ليس كائن JSON.</translation>
    </message>
    <message>
        <source>A credential inside the CLR: %1</source>
        <translation>أحد بيانات الاعتماد داخل سجل CLR: %1</translation>
    </message>
    <message>
        <source>The encrypted data is too short.</source>
        <translation>البيانات المشفّرة أقصر من اللازم.</translation>
    </message>
    <message>
        <source>Decryption failed.</source>
        <translation>فشل فك التشفير.</translation>
    </message>
    <message>
        <source>An Ed25519 seed is 32 bytes.</source>
        <translation>بذرة Ed25519 طولها 32 بايت.</translation>
    </message>
    <message>
        <source>The key derivation settings are weaker than Vitae allows (at least %1 passes and %2 MiB).</source>
        <translation>إعدادات اشتقاق المفتاح أضعف مما يسمح به Vitae (على الأقل %1 تمريرات و%2 ميبيبايت).</translation>
    </message>
    <message>
        <source>The key derivation settings ask for more than this machine should spend (at most %1 passes and %2 MiB).</source>
        <translation>إعدادات اشتقاق المفتاح تطلب أكثر مما ينبغي أن يبذله هذا الجهاز (على الأكثر %1 تمريرات و%2 ميبيبايت).</translation>
    </message>
    <message>
        <source>The key derivation salt must be 16 bytes.</source>
        <translation>يجب أن يكون ملح اشتقاق المفتاح 16 بايت.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>لا تكفي الذاكرة لاشتقاق المفتاح من عبارة المرور.</translation>
    </message>
    <message>
        <source>The DID document of %1 has no verification method %2.</source>
        <translation>مستند DID الخاص بـ %1 لا يحوي طريقة التحقق %2.</translation>
    </message>
    <message>
        <source>%1 is not authorised to issue credentials (assertionMethod).</source>
        <translation>%1 غير مخوَّل بإصدار بيانات الاعتماد (assertionMethod).</translation>
    </message>
    <message>
        <source>The DID document for %1 has no &quot;id&quot;.</source>
        <translation>مستند DID الخاص بـ %1 بلا «id».</translation>
    </message>
    <message>
        <source>The DID document for %1 describes a different DID (%2).</source>
        <translation>مستند DID الخاص بـ %1 يصف DID آخر (%2).</translation>
    </message>
    <message>
        <source>The key in %1 is not usable: %2</source>
        <translation>المفتاح في %1 غير صالح للاستخدام: %2</translation>
    </message>
    <message>
        <source>Not a valid did:jwk: %1.</source>
        <translation>ليس did:jwk صالحًا: %1.</translation>
    </message>
    <message>
        <source>Not a valid did:key: %1</source>
        <translation>ليس did:key صالحًا: %1</translation>
    </message>
    <message>
        <source>Not a valid did:web: %1</source>
        <translation>ليس did:web صالحًا: %1</translation>
    </message>
    <message>
        <source>The DID document of %1 could not be fetched: %2</source>
        <translation>تعذّر جلب مستند DID الخاص بـ %1: %2</translation>
    </message>
    <message>
        <source>The DID document of %1 at %2 is not valid JSON: %3</source>
        <translation>مستند DID الخاص بـ %1 في %2 ليس JSON صالحًا: %3</translation>
    </message>
    <message>
        <source>The baked credential is larger than %1</source>
        <translation>بيانات الاعتماد المدمجة أكبر من %1</translation>
    </message>
    <message>
        <source>The %1 is larger than %2, the most Vitae reads</source>
        <translation>%1 أكبر من %2، وهو أقصى ما يقرأه Vitae</translation>
    </message>
    <message>
        <source>The baked credential is empty</source>
        <translation>بيانات الاعتماد المدمجة فارغة</translation>
    </message>
    <message>
        <source>The baked credential is neither JSON, a signed token nor a web address</source>
        <translation>بيانات الاعتماد المدمجة ليست JSON ولا رمزًا موقّعًا ولا عنوان ويب</translation>
    </message>
    <message>
        <source>The compressed badge text could not be read</source>
        <translation>تعذّرت قراءة نص الشارة المضغوط</translation>
    </message>
    <message>
        <source>The compressed badge text in the PNG is damaged</source>
        <translation>نص الشارة المضغوط في ملف PNG تالف</translation>
    </message>
    <message>
        <source>The badge text chunk in the PNG is malformed</source>
        <translation>مقطع نص الشارة في ملف PNG غير سليم البنية</translation>
    </message>
    <message>
        <source>This file is not a PNG image</source>
        <translation>هذا الملف ليس صورة PNG</translation>
    </message>
    <message>
        <source>The PNG is damaged (it ends before its last chunk)</source>
        <translation>ملف PNG تالف (ينتهي قبل مقطعه الأخير)</translation>
    </message>
    <message>
        <source>The PNG is damaged (a chunk has an invalid type)</source>
        <translation>ملف PNG تالف (أحد المقاطع نوعه غير صالح)</translation>
    </message>
    <message>
        <source>The PNG is damaged (chunk %1 runs past the end of the file)</source>
        <translation>ملف PNG تالف (المقطع %1 يتجاوز نهاية الملف)</translation>
    </message>
    <message>
        <source>The PNG is damaged (chunk %1 fails its checksum)</source>
        <translation>ملف PNG تالف (المقطع %1 لا يطابق مجموع التحقق الخاص به)</translation>
    </message>
    <message>
        <source>This PNG holds more than one baked badge</source>
        <translation>يحوي ملف PNG هذا أكثر من شارة مدمجة</translation>
    </message>
    <message>
        <source>This PNG has no badge baked into it</source>
        <translation>لا توجد شارة مدمجة في ملف PNG هذا</translation>
    </message>
    <message>
        <source>The SVG is damaged (line %1: %2)</source>
        <translation>ملف SVG تالف (السطر %1: %2)</translation>
    </message>
    <message>
        <source>The SVG declares entities, which Vitae never loads</source>
        <translation>يعلن ملف SVG عن كيانات، ولا يحمّلها Vitae أبدًا</translation>
    </message>
    <message>
        <source>This file is not an SVG image</source>
        <translation>هذا الملف ليس صورة SVG</translation>
    </message>
    <message>
        <source>This SVG holds more than one baked badge</source>
        <translation>يحوي ملف SVG هذا أكثر من شارة مدمجة</translation>
    </message>
    <message>
        <source>The baked badge element in the SVG is malformed</source>
        <translation>عنصر الشارة المدمجة في ملف SVG غير سليم البنية</translation>
    </message>
    <message>
        <source>This SVG has no badge baked into it</source>
        <translation>لا توجد شارة مدمجة في ملف SVG هذا</translation>
    </message>
    <message>
        <source>This %1 does not hold credentials to collect.</source>
        <translation>هذا (%1) لا يحوي بيانات اعتماد لاستلامها.</translation>
    </message>
    <message>
        <source>Collecting the credential was cancelled.</source>
        <translation>أُلغي استلام بيانات الاعتماد.</translation>
    </message>
    <message>
        <source>No network client was given to reach %1.</source>
        <translation>لم يُقدَّم عميل شبكة للوصول إلى %1.</translation>
    </message>
    <message>
        <source>Vitae will not contact %1: %2</source>
        <translation>لن يتصل Vitae بـ %1: %2</translation>
    </message>
    <message>
        <source>Vitae could not get %1: %2</source>
        <translation>تعذّر على Vitae جلب %1: %2</translation>
    </message>
    <message>
        <source>The server refused %1 (%2)%3</source>
        <translation>رفض الخادم %1 (%2)%3</translation>
    </message>
    <message>
        <source>The server answered %1 when asked for %2.</source>
        <translation>أجاب الخادم بـ %1 عند طلب %2.</translation>
    </message>
    <message>
        <source>The server sent %1 as &quot;%2&quot;, not as JSON.</source>
        <translation>أرسل الخادم %1 بصيغة «%2» وليس JSON.</translation>
    </message>
    <message>
        <source>The server sent %1, but it is not a JSON object: %2</source>
        <translation>أرسل الخادم %1، لكنه ليس كائن JSON: %2</translation>
    </message>
    <message>
        <source>The credential offer does not say which credentials it offers (credential_configuration_ids).</source>
        <translation>عرض بيانات الاعتماد لا يذكر ما يقدّمه من بيانات اعتماد (credential_configuration_ids).</translation>
    </message>
    <message>
        <source>The credential offer lists more than %1 credentials.</source>
        <translation>يسرد عرض بيانات الاعتماد أكثر من %1 من بيانات الاعتماد.</translation>
    </message>
    <message>
        <source>The credential offer names a credential in a form Vitae does not know.</source>
        <translation>يسمّي عرض بيانات الاعتماد بيانَ اعتماد بصيغة لا يعرفها Vitae.</translation>
    </message>
    <message>
        <source>The credential offer&apos;s tx_code is not an object.</source>
        <translation>قيمة tx_code في عرض بيانات الاعتماد ليست كائنًا.</translation>
    </message>
    <message>
        <source>The credential offer&apos;s transaction code length is not a sensible number.</source>
        <translation>طول رمز المعاملة في العرض ليس رقمًا معقولًا.</translation>
    </message>
    <message>
        <source>The credential offer asks for a transaction code of an unknown kind (%1).</source>
        <translation>يطلب عرض بيانات الاعتماد رمز معاملة من نوع غير معروف (%1).</translation>
    </message>
    <message>
        <source>The credential offer is not valid JSON: %1</source>
        <translation>عرض بيانات الاعتماد ليس JSON صالحًا: %1</translation>
    </message>
    <message>
        <source>The credential offer does not say which issuer it is from (credential_issuer).</source>
        <translation>عرض بيانات الاعتماد لا يذكر الجهة المُصدِرة له (credential_issuer).</translation>
    </message>
    <message>
        <source>The credential offer&apos;s issuer cannot be used: %1</source>
        <translation>لا يمكن استخدام الجهة المُصدِرة لعرض بيانات الاعتماد: %1</translation>
    </message>
    <message>
        <source>The credential offer&apos;s issuer address has a query or fragment, which issuers may not have.</source>
        <translation>عنوان الجهة المُصدِرة في العرض يحوي استعلامًا أو جزءًا (fragment)، وهذا غير مسموح للجهات المُصدِرة.</translation>
    </message>
    <message>
        <source>The credential offer&apos;s grants are not an object.</source>
        <translation>منح (grants) عرض بيانات الاعتماد ليست كائنًا.</translation>
    </message>
    <message>
        <source>This offer can only be used by signing in at the issuer, which Vitae cannot do yet (it has no pre-authorized code).</source>
        <translation>لا يمكن استخدام هذا العرض إلا بتسجيل الدخول لدى الجهة المُصدِرة، وهو ما لا يستطيعه Vitae بعد (لا يوجد رمز مُصرَّح به مسبقًا).</translation>
    </message>
    <message>
        <source>The credential offer&apos;s pre-authorized grant has no code.</source>
        <translation>المنحة المُصرَّح بها مسبقًا في العرض بلا رمز.</translation>
    </message>
    <message>
        <source>The credential offer&apos;s authorization server cannot be used: %1</source>
        <translation>لا يمكن استخدام خادم التفويض الخاص بالعرض: %1</translation>
    </message>
    <message>
        <source>No network client was given to collect the offer.</source>
        <translation>لم يُقدَّم عميل شبكة لاستلام العرض.</translation>
    </message>
    <message>
        <source>This link is damaged and cannot be read (%1).</source>
        <translation>هذا الرابط تالف ولا يمكن قراءته (%1).</translation>
    </message>
    <message>
        <source>The %1 does not lead to a web address.</source>
        <translation>لا يؤدي إلى عنوان ويب: %1.</translation>
    </message>
    <message>
        <source>This presentation link holds no presentation (no p).</source>
        <translation>رابط العرض هذا لا يحوي أي عرض (لا يوجد p).</translation>
    </message>
    <message>
        <source>This presentation link does not hold a Vitae presentation.</source>
        <translation>رابط العرض هذا لا يحوي عرضًا من Vitae.</translation>
    </message>
    <message>
        <source>issuer link</source>
        <translation>رابط جهة مُصدِرة</translation>
    </message>
    <message>
        <source>credential offer</source>
        <translation>عرض بيانات اعتماد</translation>
    </message>
    <message>
        <source>credential request</source>
        <translation>طلب بيانات اعتماد</translation>
    </message>
    <message>
        <source>import link</source>
        <translation>رابط استيراد</translation>
    </message>
    <message>
        <source>presentation request</source>
        <translation>طلب عرض</translation>
    </message>
    <message>
        <source>Vitae presentation</source>
        <translation>عرض من Vitae</translation>
    </message>
    <message>
        <source>VPQR presentation</source>
        <translation>عرض VPQR</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>بيانات اعتماد</translation>
    </message>
    <message>
        <source>This link is too long (%1 KB; at most %2 KB).</source>
        <translation>هذا الرابط طويل جدًا (%1 كيلوبايت؛ الحد الأقصى %2 كيلوبايت).</translation>
    </message>
    <message>
        <source>There is no link here: the text is empty.</source>
        <translation>لا يوجد رابط هنا: النص فارغ.</translation>
    </message>
    <message>
        <source>This is not a link, a credential or a presentation Vitae can read.</source>
        <translation>هذا ليس رابطًا ولا بيانات اعتماد ولا عرضًا يستطيع Vitae قراءته.</translation>
    </message>
    <message>
        <source>This credential offer link has both credential_offer and credential_offer_uri; it must have one.</source>
        <translation>رابط عرض بيانات الاعتماد هذا يحوي credential_offer وcredential_offer_uri معًا، ويجب أن يحوي واحدًا فقط.</translation>
    </message>
    <message>
        <source>This credential offer link has neither credential_offer nor credential_offer_uri.</source>
        <translation>رابط عرض بيانات الاعتماد هذا لا يحوي credential_offer ولا credential_offer_uri.</translation>
    </message>
    <message>
        <source>Vitae does not know the link &quot;vitae://%1&quot;; it knows vitae://import and vitae://present.</source>
        <translation>لا يعرف Vitae الرابط «vitae://%1»؛ إنه يعرف vitae://import وvitae://present.</translation>
    </message>
    <message>
        <source>This import link does not say where to import from (no url).</source>
        <translation>رابط الاستيراد هذا لا يذكر مصدر الاستيراد (لا يوجد url).</translation>
    </message>
    <message>
        <source>Vitae does not know links starting with &quot;%1:&quot;.</source>
        <translation>لا يعرف Vitae الروابط التي تبدأ بـ «%1:».</translation>
    </message>
    <message>
        <source>This credential was issued to someone else (%1), not to you.</source>
        <translation>صدرت بيانات الاعتماد هذه لشخص آخر (%1)، لا لك.</translation>
    </message>
    <message>
        <source>This credential does not say who it was issued to, so it cannot be tied to you.</source>
        <translation>لا تذكر بيانات الاعتماد هذه لمن صدرت، لذا لا يمكن ربطها بك.</translation>
    </message>
    <message>
        <source>The key this credential is bound to cannot be read: %1</source>
        <translation>تتعذّر قراءة المفتاح المرتبطة به بيانات الاعتماد هذه: %1</translation>
    </message>
    <message>
        <source>The issuer sent a credential Vitae cannot read: %1</source>
        <translation>أرسلت الجهة المُصدِرة بيانات اعتماد لا يستطيع Vitae قراءتها: %1</translation>
    </message>
    <message>
        <source>%1 is a presentation with no credentials in it.</source>
        <translation>%1 عرض لا يحوي بيانات اعتماد.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 credentials.</source>
        <translation>%1 يحوي أكثر من %2 من بيانات الاعتماد.</translation>
    </message>
    <message>
        <source>%1, credential %2 of %3</source>
        <translation>%1، بيان الاعتماد %2 من %3</translation>
    </message>
    <message>
        <source>%1 is not a credential.</source>
        <translation>%1 ليس بيانات اعتماد.</translation>
    </message>
    <message>
        <source>%1 holds neither a baked badge nor a QR code Vitae can read.</source>
        <translation>%1 لا يحوي شارة مدمجة ولا رمز QR يستطيع Vitae قراءته.</translation>
    </message>
    <message>
        <source>%1 (QR code)</source>
        <translation>%1 (رمز QR)</translation>
    </message>
    <message>
        <source>%1: the QR code holds no credential: %2</source>
        <translation>%1: رمز QR لا يحوي بيانات اعتماد: %2</translation>
    </message>
    <message>
        <source>%1 holds an image, not a credential.</source>
        <translation>%1 يحوي صورة، لا بيانات اعتماد.</translation>
    </message>
    <message>
        <source>%1 holds a %2 (%3): open it as a link instead.</source>
        <translation>%1 يحوي: %2 (%3)؛ افتحه كرابط بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>%1 holds only a link to its badge (%2); add it from that link instead.</source>
        <translation>%1 لا يحوي سوى رابط إلى شارته (%2)؛ أضفها من ذلك الرابط بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>%1 is a wallet backup with no credentials in it.</source>
        <translation>%1 نسخة احتياطية لمحفظة لا تحوي بيانات اعتماد.</translation>
    </message>
    <message>
        <source>%1: the evidence file &quot;%2&quot; is damaged (not base64). Nothing was imported.</source>
        <translation>%1: ملف الإثبات «%2» تالف (ليس base64). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1: the evidence file &quot;%2&quot; is larger than %3 MB.</source>
        <translation>%1: ملف الإثبات «%2» أكبر من %3 ميغابايت.</translation>
    </message>
    <message>
        <source>%1: the evidence file &quot;%2&quot; does not match the digest the portfolio gives for it, so it was changed after the portfolio was made. Nothing was imported.</source>
        <translation>%1: ملف الإثبات «%2» لا يطابق البصمة التي يذكرها ملف الإنجاز له، أي أنه عُدّل بعد إنشاء ملف الإنجاز. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 is a portfolio with no credentials in it.</source>
        <translation>%1 ملف إنجاز لا يحوي بيانات اعتماد.</translation>
    </message>
    <message>
        <source>%1 holds no Vitae portfolio.</source>
        <translation>%1 لا يحوي ملف إنجاز من Vitae.</translation>
    </message>
    <message>
        <source>This credential is already in the vault (number %1).</source>
        <translation>بيانات الاعتماد هذه موجودة في الخزنة بالفعل (رقم %1).</translation>
    </message>
    <message>
        <source>%1 answered with a web page (text/html), not a credential.</source>
        <translation>أجاب %1 بصفحة ويب (text/html)، لا ببيانات اعتماد.</translation>
    </message>
    <message>
        <source>%1 answered with %2, not a credential.</source>
        <translation>أجاب %1 بـ %2، لا ببيانات اعتماد.</translation>
    </message>
    <message>
        <source>%1 answered with nothing.</source>
        <translation>لم يُرجع %1 شيئًا.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata has no %1.</source>
        <translation>بيانات الجهة المُصدِرة الوصفية لا تحوي %1.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata describes another issuer (%1) than the offer (%2).</source>
        <translation>تصف البيانات الوصفية جهة مُصدِرة (%1) غير تلك التي في العرض (%2).</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata describes too many credentials.</source>
        <translation>تصف البيانات الوصفية للجهة المُصدِرة عددًا كبيرًا جدًا من بيانات الاعتماد.</translation>
    </message>
    <message>
        <source>Untitled profile</source>
        <translation>ملف شخصي بلا عنوان</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;, credential %3 of %4</source>
        <translation>%1، الملف الشخصي «%2»، بيان الاعتماد %3 من %4</translation>
    </message>
    <message>
        <source>%1 is not a Learner Credential Wallet backup.</source>
        <translation>%1 ليست نسخة احتياطية من Learner Credential Wallet.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 profiles.</source>
        <translation>%1 يحوي أكثر من %2 من الملفات الشخصية.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 items in one profile.</source>
        <translation>%1 يحوي أكثر من %2 من العناصر في ملف شخصي واحد.</translation>
    </message>
    <message>
        <source>No transaction code was entered, so nothing was collected.</source>
        <translation>لم يُدخَل رمز معاملة، لذا لم يُستلم شيء.</translation>
    </message>
    <message>
        <source>This credential offer needs the transaction code the issuer sent you%1.</source>
        <translation>يحتاج عرض بيانات الاعتماد هذا إلى رمز المعاملة الذي أرسلته إليك الجهة المُصدِرة%1.</translation>
    </message>
    <message>
        <source>The issuer did not accept the transaction code (or the offer has expired or was used already).</source>
        <translation>لم تقبل الجهة المُصدِرة رمز المعاملة (أو أن العرض انتهت صلاحيته أو استُخدم من قبل).</translation>
    </message>
    <message>
        <source>The issuer&apos;s token answer has no access token.</source>
        <translation>ردّ الرمز من الجهة المُصدِرة لا يحوي رمز وصول.</translation>
    </message>
    <message>
        <source>The issuer&apos;s nonce answer has no c_nonce.</source>
        <translation>ردّ nonce من الجهة المُصدِرة لا يحوي c_nonce.</translation>
    </message>
    <message>
        <source>The issuer will issue this credential later (deferred issuance), which Vitae cannot collect yet.</source>
        <translation>ستُصدر الجهة المُصدِرة بيانات الاعتماد هذه لاحقًا (إصدار مؤجَّل)، وهو ما لا يستطيع Vitae استلامه بعد.</translation>
    </message>
    <message>
        <source>The issuer&apos;s answer holds no credential.</source>
        <translation>ردّ الجهة المُصدِرة لا يحوي بيانات اعتماد.</translation>
    </message>
    <message>
        <source>The issuer sent more than %1 credentials at once.</source>
        <translation>أرسلت الجهة المُصدِرة أكثر من %1 من بيانات الاعتماد دفعة واحدة.</translation>
    </message>
    <message>
        <source>The issuer sent a credential in a form Vitae does not know.</source>
        <translation>أرسلت الجهة المُصدِرة بيانات اعتماد بصيغة لا يعرفها Vitae.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata does not describe the offered credential &quot;%1&quot;.</source>
        <translation>البيانات الوصفية للجهة المُصدِرة لا تصف بيانات الاعتماد المعروضة «%1».</translation>
    </message>
    <message>
        <source>The offered credential &quot;%1&quot; comes in a format Vitae cannot take yet (%2).</source>
        <translation>بيانات الاعتماد المعروضة «%1» بصيغة لا يقبلها Vitae بعد (%2).</translation>
    </message>
    <message>
        <source>The issuer kept refusing Vitae&apos;s proof that it holds your key (invalid_nonce), even with a fresh nonce; try again later.</source>
        <translation>واصلت الجهة المُصدِرة رفض إثبات Vitae أنه يحمل مفتاحك (invalid_nonce)، حتى مع nonce جديد؛ حاول لاحقًا.</translation>
    </message>
    <message>
        <source>Collecting from a credential offer needs the holder&apos;s key (unlock the vault).</source>
        <translation>يتطلب الاستلام من عرض بيانات اعتماد مفتاح الحامل (افتح قفل الخزنة).</translation>
    </message>
    <message>
        <source>The credential exchange ended without giving you any credential.</source>
        <translation>انتهى تبادل بيانات الاعتماد دون أن يمنحك أي بيانات اعتماد.</translation>
    </message>
    <message>
        <source>The issuer asks for credentials from your vault before issuing, which Vitae cannot answer yet.</source>
        <translation>تطلب الجهة المُصدِرة بيانات اعتماد من خزنتك قبل الإصدار، وهو ما لا يستطيع Vitae الرد عليه بعد.</translation>
    </message>
    <message>
        <source>The issuer&apos;s request to prove who you are has no challenge.</source>
        <translation>طلب الجهة المُصدِرة لإثبات هويتك لا يحوي تحدّيًا.</translation>
    </message>
    <message>
        <source>The credential exchange kept asking without giving a credential; Vitae stopped.</source>
        <translation>ظل تبادل بيانات الاعتماد يطلب دون أن يمنح بيانات اعتماد؛ فتوقف Vitae.</translation>
    </message>
    <message>
        <source>This request link needs you to sign in at the issuer first, which Vitae cannot do yet.</source>
        <translation>يتطلب رابط الطلب هذا تسجيل دخولك لدى الجهة المُصدِرة أولًا، وهو ما لا يستطيعه Vitae بعد.</translation>
    </message>
    <message>
        <source>This credential request link says neither where to ask (vc_request_url) nor how (request).</source>
        <translation>رابط طلب بيانات الاعتماد هذا لا يذكر أين يُطلب (vc_request_url) ولا كيف (request).</translation>
    </message>
    <message>
        <source>This credential request link has no challenge.</source>
        <translation>رابط طلب بيانات الاعتماد هذا بلا تحدٍّ.</translation>
    </message>
    <message>
        <source>Answering a credential request needs the holder&apos;s key (unlock the vault).</source>
        <translation>يتطلب الرد على طلب بيانات اعتماد مفتاح الحامل (افتح قفل الخزنة).</translation>
    </message>
    <message>
        <source>This credential request link is damaged: %1</source>
        <translation>رابط طلب بيانات الاعتماد هذا تالف: %1</translation>
    </message>
    <message>
        <source>This credential request offers no exchange Vitae can use (protocols.vcapi).</source>
        <translation>لا يقدّم طلب بيانات الاعتماد هذا أي تبادل يستطيع Vitae استخدامه (protocols.vcapi).</translation>
    </message>
    <message>
        <source>The token cannot be verified: %1.</source>
        <translation>لا يمكن التحقق من الرمز: %1.</translation>
    </message>
    <message>
        <source>The token is larger than the %1 limit.</source>
        <translation>الرمز أكبر من الحد %1.</translation>
    </message>
    <message>
        <source>The token does not have three parts separated by dots.</source>
        <translation>الرمز لا يتكوّن من ثلاثة أجزاء تفصل بينها نقاط.</translation>
    </message>
    <message>
        <source>The token&apos;s header is larger than the %1 limit.</source>
        <translation>ترويسة الرمز أكبر من الحد %1.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not valid base64url.</source>
        <translation>ترويسة الرمز ليست base64url صالحًا.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not a JSON object (%1).</source>
        <translation>ترويسة الرمز ليست كائن JSON (%1).</translation>
    </message>
    <message>
        <source>The token&apos;s header does not name its algorithm (a string &quot;alg&quot;).</source>
        <translation>ترويسة الرمز لا تذكر خوارزميتها (سلسلة «alg»).</translation>
    </message>
    <message>
        <source>The token&apos;s header lists critical extensions (&quot;crit&quot;), which are not supported.</source>
        <translation>ترويسة الرمز تسرد امتدادات حرجة («crit»)، وهي غير مدعومة.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not valid base64url.</source>
        <translation>حمولة الرمز ليست base64url صالحًا.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object (%1).</source>
        <translation>حمولة الرمز ليست كائن JSON (%1).</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid base64url.</source>
        <translation>توقيع الرمز ليس base64url صالحًا.</translation>
    </message>
    <message>
        <source>The public key is not usable: %1.</source>
        <translation>المفتاح العام غير صالح للاستخدام: %1.</translation>
    </message>
    <message>
        <source>The public key is not usable: curve &quot;%1&quot; is not supported.</source>
        <translation>المفتاح العام غير صالح للاستخدام: المنحنى «%1» غير مدعوم.</translation>
    </message>
    <message>
        <source>The public key is not usable: key type &quot;%1&quot; is not supported.</source>
        <translation>المفتاح العام غير صالح للاستخدام: نوع المفتاح «%1» غير مدعوم.</translation>
    </message>
    <message>
        <source>The SD-JWT is not valid: %1.</source>
        <translation>رمز SD-JWT غير صالح: %1.</translation>
    </message>
    <message>
        <source>The SD-JWT nests its claims more than %1 levels deep.</source>
        <translation>يُدرج رمز SD-JWT ادعاءاته بعمق يتجاوز %1 مستويات.</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 فارغ</translation>
    </message>
    <message>
        <source>%1 is not valid base64url</source>
        <translation>%1 ليس base64url صالحًا</translation>
    </message>
    <message>
        <source>The SD-JWT is not valid: %1 is not JSON (%2).</source>
        <translation>رمز SD-JWT غير صالح: %1 ليس JSON (%2).</translation>
    </message>
    <message>
        <source>%1 is not a JSON array</source>
        <translation>%1 ليس مصفوفة JSON</translation>
    </message>
    <message>
        <source>%1 has %2 elements, but a disclosure has 2 or 3</source>
        <translation>%1 يحوي %2 من العناصر، بينما يحوي الإفصاح 2 أو 3</translation>
    </message>
    <message>
        <source>In the %1: %2</source>
        <translation>في %1: %2</translation>
    </message>
    <message>
        <source>The SD-JWT is larger than the limit of %1 bytes.</source>
        <translation>رمز SD-JWT أكبر من الحد البالغ %1 بايت.</translation>
    </message>
    <message>
        <source>The SD-JWT has %1 disclosures, more than the limit of %2.</source>
        <translation>يحوي رمز SD-JWT عدد %1 من الإفصاحات، وهذا يتجاوز الحد البالغ %2.</translation>
    </message>
    <message>
        <source>Cannot canonicalize JSON: %1</source>
        <translation>تتعذّر قَوْلبة JSON بالصيغة القانونية: %1</translation>
    </message>
    <message>
        <source>NaN and Infinity have no JSON form</source>
        <translation>لا صيغة في JSON لـ NaN وInfinity</translation>
    </message>
    <message>
        <source>Cannot canonicalize JSON nested deeper than %1 levels</source>
        <translation>تتعذّر قَوْلبة JSON متداخل بعمق يتجاوز %1 مستويات</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at byte %2</source>
        <translation>JSON غير صالح: %1 عند البايت %2</translation>
    </message>
    <message>
        <source>JSON input is %1 bytes, more than the limit of %2 bytes</source>
        <translation>حجم مدخل JSON هو %1 بايت، وهذا يتجاوز الحد البالغ %2 بايت</translation>
    </message>
    <message>
        <source>Not valid JSON here: expected an object at the top level, found %1</source>
        <translation>JSON غير صالح هنا: كان المتوقع كائنًا في المستوى الأعلى، لكن وُجد %1</translation>
    </message>
    <message>
        <source>Not valid JSON: nested deeper than %1 levels at byte %2</source>
        <translation>JSON غير صالح: متداخل بعمق يتجاوز %1 مستويات عند البايت %2</translation>
    </message>
    <message>
        <source>The context %1 is not valid JSON: %2</source>
        <translation>السياق %1 ليس JSON صالحًا: %2</translation>
    </message>
    <message>
        <source>Nothing is set up to provide %1.</source>
        <translation>لا شيء مُعدّ لتوفير %1.</translation>
    </message>
    <message>
        <source>No local file is set up for %1.</source>
        <translation>لا يوجد ملف محلي مُعدّ لـ %1.</translation>
    </message>
    <message>
        <source>Could not read %1 (standing in for %2): %3</source>
        <translation>تعذّرت قراءة %1 (بديلًا عن %2): %3</translation>
    </message>
    <message>
        <source>%1 (standing in for %2) is larger than %3 MB.</source>
        <translation>%1 (بديلًا عن %2) أكبر من %3 ميغابايت.</translation>
    </message>
    <message>
        <source>HttpResolver does not send %1 requests.</source>
        <translation>لا يرسل HttpResolver طلبات %1.</translation>
    </message>
    <message>
        <source>%1 is not a web address.</source>
        <translation>%1 ليس عنوان ويب.</translation>
    </message>
    <message>
        <source>%1 was not fetched because it does not use a secure (https) connection.</source>
        <translation>لم يُجلب %1 لأنه لا يستخدم اتصالًا آمنًا (https).</translation>
    </message>
    <message>
        <source>%1 was not fetched: only https addresses can be fetched.</source>
        <translation>لم يُجلب %1: لا يمكن جلب سوى عناوين https.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>لم يُجب %1 خلال %2 ثانية.</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes Vitae accepts.</source>
        <translation>%1 أكبر من %2 بايت، وهو ما يقبله Vitae.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (%1) for %2.</source>
        <translation>أعطى الخادم ردًا غير متوقع (%1) بشأن %2.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2 but did not say where to go.</source>
        <translation>أجاب الخادم بـ %1 بشأن %2، لكنه لم يذكر إلى أين يُذهب.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; Vitae stopped following it.</source>
        <translation>أعاد %1 التوجيه أكثر من %2 مرة؛ فتوقف Vitae عن تتبّعه.</translation>
    </message>
    <message>
        <source>%1 redirected to an address Vitae does not fetch: %2</source>
        <translation>أعاد %1 التوجيه إلى عنوان لا يجلبه Vitae: %2</translation>
    </message>
    <message>
        <source>The server of %1 could not be found (are you offline?).</source>
        <translation>تعذّر العثور على خادم %1 (هل أنت غير متصل؟).</translation>
    </message>
    <message>
        <source>The server of %1 refused the connection.</source>
        <translation>رفض خادم %1 الاتصال.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>لم يُجب %1 في الوقت المحدد.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>تعذّر إنشاء اتصال آمن مع %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>تعذّر جلب %1: %2</translation>
    </message>
    <message>
        <source>This file is not a PDF Vitae can read: %1</source>
        <translation>هذا الملف ليس PDF يستطيع Vitae قراءته: %1</translation>
    </message>
    <message>
        <source>This PDF is password-protected; Vitae cannot read its attachment.</source>
        <translation>ملف PDF هذا محميّ بكلمة مرور؛ لا يستطيع Vitae قراءة مرفقه.</translation>
    </message>
    <message>
        <source>This PDF does not carry a Vitae portfolio (no %1 attachment).</source>
        <translation>ملف PDF هذا لا يحمل ملف إنجاز من Vitae (لا يوجد المرفق %1).</translation>
    </message>
    <message>
        <source>The PDF names a Vitae portfolio attachment but holds no data for it.</source>
        <translation>يذكر ملف PDF مرفقَ ملف إنجاز من Vitae، لكنه لا يحوي بياناته.</translation>
    </message>
    <message>
        <source>The portfolio attached to this PDF is larger than %1 MB, the most Vitae reads.</source>
        <translation>ملف الإنجاز المرفق بهذا الـ PDF أكبر من %1 ميغابايت، وهو أقصى ما يقرأه Vitae.</translation>
    </message>
    <message>
        <source>The portfolio attached to this PDF is damaged or uses an encoding Vitae cannot read.</source>
        <translation>ملف الإنجاز المرفق بهذا الـ PDF تالف أو يستخدم ترميزًا لا يستطيع Vitae قراءته.</translation>
    </message>
    <message>
        <source>This PDF needs more memory than is available.</source>
        <translation>يحتاج ملف PDF هذا إلى ذاكرة أكثر من المتاحة.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>Choose at least one credential to export.</source>
        <translation>اختر بيان اعتماد واحدًا على الأقل للتصدير.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; belongs to no exported credential.</source>
        <translation>الإثبات «%1» لا ينتمي إلى أي بيانات اعتماد مُصدَّرة.</translation>
    </message>
    <message>
        <source>Offline: %1 was not fetched.</source>
        <translation>غير متصل: لم يُجلب %1.</translation>
    </message>
    <message>
        <source>The bundle is not signed by the learner.</source>
        <translation>الحزمة غير موقّعة من المتعلّم.</translation>
    </message>
    <message>
        <source>The bundle names %1 as its learner but was signed by %2.</source>
        <translation>تسمّي الحزمة %1 متعلّمًا لها، لكن من وقّعها هو %2.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature uses a suite Vitae cannot check.</source>
        <translation>يستخدم توقيع الحزمة مجموعة تشفير لا يستطيع Vitae التحقق منها.</translation>
    </message>
    <message>
        <source>The bundle was changed after the learner signed it: %1</source>
        <translation>عُدّلت الحزمة بعد أن وقّعها المتعلّم: %1</translation>
    </message>
    <message>
        <source>Signed by the learner, %1, on %2.</source>
        <translation>وقّعه المتعلّم %1 في %2.</translation>
    </message>
    <message>
        <source>Evidence files were changed: %1.</source>
        <translation>عُدّلت ملفات إثبات: %1.</translation>
    </message>
    <message>
        <source>%1 evidence file(s), each unchanged.</source>
        <translation>ملفات الإثبات: %1، وكلها دون تغيير.</translation>
    </message>
    <message>
        <source>%1 was not saved with the bundle, and Vitae is checking offline.</source>
        <translation>لم يُحفظ %1 مع الحزمة، وVitae يتحقق دون اتصال.</translation>
    </message>
    <message>
        <source>A snapshot in the bundle has no valid address.</source>
        <translation>لقطة في الحزمة بلا عنوان صالح.</translation>
    </message>
    <message>
        <source>The bundle needed nothing from the network.</source>
        <translation>لم تحتج الحزمة إلى شيء من الشبكة.</translation>
    </message>
    <message>
        <source>%1 document(s) the checks need were saved with the bundle (the oldest on %2); status is as of then when offline.</source>
        <translation>حُفظت مع الحزمة مستندات تحتاجها عمليات التحقق، عددها %1 (أقدمها في %2)؛ وعند عدم الاتصال تكون الحالة كما كانت حينها.</translation>
    </message>
    <message>
        <source>This is not a Vitae portfolio bundle.</source>
        <translation>هذه ليست حزمة ملف إنجاز من Vitae.</translation>
    </message>
    <message>
        <source>This bundle is not valid JSON: %1</source>
        <translation>هذه الحزمة ليست JSON صالحًا: %1</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Vitae (format %1); update Vitae to check it.</source>
        <translation>صُنعت هذه الحزمة بإصدار أحدث من Vitae (الصيغة %1)؛ حدّث Vitae للتحقق منها.</translation>
    </message>
    <message>
        <source>This bundle&apos;s format version is not valid.</source>
        <translation>إصدار صيغة هذه الحزمة غير صالح.</translation>
    </message>
    <message>
        <source>A Vitae portfolio bundle of %1 credential(s).</source>
        <translation>حزمة ملف إنجاز من Vitae تحوي بيانات اعتماد عددها %1.</translation>
    </message>
    <message>
        <source>Write what you can say about this work.</source>
        <translation>اكتب ما يمكنك قوله عن هذا العمل.</translation>
    </message>
    <message>
        <source>This credential has no id, so an endorsement could not point to it.</source>
        <translation>بيانات الاعتماد هذه بلا id، لذا لا يمكن لتزكية أن تشير إليها.</translation>
    </message>
    <message>
        <source>You cannot endorse your own entry.</source>
        <translation>لا يمكنك تزكية إدخالك أنت.</translation>
    </message>
    <message>
        <source>Endorsement of %1</source>
        <translation>تزكية لـ %1</translation>
    </message>
    <message>
        <source>Say what your role was.</source>
        <translation>اذكر ما كان دورك.</translation>
    </message>
    <message>
        <source>Say when it started.</source>
        <translation>اذكر متى بدأت.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ الانتهاء يسبق تاريخ البدء.</translation>
    </message>
    <message>
        <source>A trust-list entry in the bundle has no issuer or no retrieval time.</source>
        <translation>أحد إدخالات قائمة الثقة في الحزمة بلا جهة مُصدِرة أو بلا وقت جلب.</translation>
    </message>
    <message>
        <source>%1 (the learner&apos;s copy saved with the bundle, retrieved %2)</source>
        <translation>%1 (نسخة المتعلّم المحفوظة مع الحزمة، جُلبت في %2)</translation>
    </message>
    <message>
        <source>The verifier&apos;s request is malformed: %1.</source>
        <translation>طلب المُتحقِّق غير سليم البنية: %1.</translation>
    </message>
    <message>
        <source>You hold no credential that answers this request: it asks for %1.</source>
        <translation>لا تحمل بيانات اعتماد تلبّي هذا الطلب: إنه يطلب %1.</translation>
    </message>
    <message>
        <source>These credentials belong to two of your identities (%1 and %2); present them separately.</source>
        <translation>تنتمي بيانات الاعتماد هذه إلى هويتين من هوياتك (%1 و%2)؛ اعرضها كلًّا على حدة.</translation>
    </message>
    <message>
        <source>The holder uses %1, a kind of identifier Vitae cannot check.</source>
        <translation>يستخدم الحامل %1، وهو نوع من المعرّفات لا يستطيع Vitae التحقق منه.</translation>
    </message>
    <message>
        <source>The credential is not bound to a key, so anyone holding a copy could present it.</source>
        <translation>بيانات الاعتماد غير مرتبطة بمفتاح، لذا يستطيع أي شخص يحمل نسخة منها أن يعرضها.</translation>
    </message>
    <message>
        <source>Without a key binding the presentation cannot answer your challenge; it could be a replay.</source>
        <translation>بدون ربط بمفتاح، لا يستطيع العرض الإجابة عن تحدّيك؛ فقد يكون إعادة استخدام لعرض سابق.</translation>
    </message>
    <message>
        <source>The credential is bound to its holder&apos;s key, but the presentation carries no key binding proof.</source>
        <translation>بيانات الاعتماد مرتبطة بمفتاح حاملها، لكن العرض لا يحمل إثبات ربط بالمفتاح.</translation>
    </message>
    <message>
        <source>The key binding proof is not of type kb+jwt.</source>
        <translation>إثبات الربط بالمفتاح ليس من النوع kb+jwt.</translation>
    </message>
    <message>
        <source>The key binding proof was not signed by the credential&apos;s holder: %1</source>
        <translation>إثبات الربط بالمفتاح لم يوقّعه حامل بيانات الاعتماد: %1</translation>
    </message>
    <message>
        <source>The key binding proof covers other disclosures than the ones presented (sd_hash does not match).</source>
        <translation>يغطي إثبات الربط بالمفتاح إفصاحات غير المعروضة (sd_hash غير مطابق).</translation>
    </message>
    <message>
        <source>The holder&apos;s key signed this presentation.</source>
        <translation>وقّع مفتاحُ الحامل هذا العرض.</translation>
    </message>
    <message>
        <source>This presentation answers another challenge than yours: it may be a replay.</source>
        <translation>يجيب هذا العرض عن تحدٍّ غير تحدّيك: قد يكون إعادة استخدام لعرض سابق.</translation>
    </message>
    <message>
        <source>The presentation answers your challenge.</source>
        <translation>يجيب العرض عن تحدّيك.</translation>
    </message>
    <message>
        <source>This presentation was made for another verifier (%1).</source>
        <translation>أُعدّ هذا العرض لمُتحقِّق آخر (%1).</translation>
    </message>
    <message>
        <source>The presentation was made for you.</source>
        <translation>أُعدّ العرض لك.</translation>
    </message>
    <message>
        <source>The presentation&apos;s time of signing is missing or in the future.</source>
        <translation>وقت توقيع العرض مفقود أو في المستقبل.</translation>
    </message>
    <message>
        <source>The presentation expired on %1.</source>
        <translation>انتهت صلاحية العرض في %1.</translation>
    </message>
    <message>
        <source>The presentation is valid until %1.</source>
        <translation>العرض صالح حتى %1.</translation>
    </message>
    <message>
        <source>The presentation was signed at %1.</source>
        <translation>وُقّع العرض في %1.</translation>
    </message>
    <message>
        <source>The request was signed by a key that does not belong to %1.</source>
        <translation>وُقّع الطلب بمفتاح لا ينتمي إلى %1.</translation>
    </message>
    <message>
        <source>The verifier&apos;s identity could not be checked: %1</source>
        <translation>تعذّر التحقق من هوية المُتحقِّق: %1</translation>
    </message>
    <message>
        <source>The request&apos;s signature is not valid: %1</source>
        <translation>توقيع الطلب غير صالح: %1</translation>
    </message>
    <message>
        <source>The request is signed by %1.</source>
        <translation>الطلب موقّع من %1.</translation>
    </message>
    <message>
        <source>The request is not signed, yet its verifier claims an identity that must sign.</source>
        <translation>الطلب غير موقّع، مع أن مُتحقِّقه يدّعي هوية يجب أن توقّع.</translation>
    </message>
    <message>
        <source>The request is not signed; it answers to %1.</source>
        <translation>الطلب غير موقّع؛ ويُرسَل الرد إلى %1.</translation>
    </message>
    <message>
        <source>The request is signed, but Vitae cannot check a verifier identified by &quot;%1&quot;.</source>
        <translation>الطلب موقّع، لكن Vitae لا يستطيع التحقق من مُتحقِّق معرَّف بـ «%1».</translation>
    </message>
    <message>
        <source>The verifier did not give its request (HTTP %1).</source>
        <translation>لم يقدّم المُتحقِّق طلبه (HTTP %1).</translation>
    </message>
    <message>
        <source>The verifier&apos;s request object is not a valid JWT: %1</source>
        <translation>كائن طلب المُتحقِّق ليس JWT صالحًا: %1</translation>
    </message>
    <message>
        <source>The request object names another verifier than the link does.</source>
        <translation>يسمّي كائن الطلب مُتحقِّقًا غير الذي يسمّيه الرابط.</translation>
    </message>
    <message>
        <source>This is not a presentation request.</source>
        <translation>هذا ليس طلب عرض.</translation>
    </message>
    <message>
        <source>A request passed in the link itself must come from a redirect_uri: verifier.</source>
        <translation>الطلب المُمرَّر في الرابط نفسه يجب أن يأتي من مُتحقِّق redirect_uri:.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request lacks its client_id or nonce.</source>
        <translation>طلب المُتحقِّق يفتقد client_id أو nonce.</translation>
    </message>
    <message>
        <source>The verifier asks for &quot;%1&quot;; Vitae answers vp_token requests.</source>
        <translation>يطلب المُتحقِّق «%1»؛ بينما يجيب Vitae عن طلبات vp_token.</translation>
    </message>
    <message>
        <source>The verifier wants the answer by &quot;%1&quot;; Vitae answers with direct_post.</source>
        <translation>يريد المُتحقِّق الرد عبر «%1»؛ بينما يرد Vitae عبر direct_post.</translation>
    </message>
    <message>
        <source>The request would send your answer somewhere other than the verifier it names.</source>
        <translation>سيُرسل الطلبُ ردّك إلى مكان غير المُتحقِّق الذي يسمّيه.</translation>
    </message>
    <message>
        <source>The verifier asks with a Presentation Exchange definition; Vitae answers requests written in DCQL.</source>
        <translation>يطلب المُتحقِّق بتعريف Presentation Exchange؛ بينما يجيب Vitae عن الطلبات المكتوبة بـ DCQL.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request says nothing about what it wants (no dcql_query).</source>
        <translation>طلب المُتحقِّق لا يذكر شيئًا عمّا يريده (لا يوجد dcql_query).</translation>
    </message>
    <message>
        <source>A match points at no credential.</source>
        <translation>تطابقٌ لا يشير إلى أي بيانات اعتماد.</translation>
    </message>
    <message>
        <source>The verifier refused the presentation (HTTP %1%2).</source>
        <translation>رفض المُتحقِّق العرض (HTTP %1%2).</translation>
    </message>
    <message>
        <source>VC 1.1 credentials and JWT credentials cannot go in one presentation; present them separately.</source>
        <translation>لا يمكن وضع بيانات اعتماد VC 1.1 وبيانات اعتماد JWT في عرض واحد؛ اعرضها كلًّا على حدة.</translation>
    </message>
    <message>
        <source>The presentation could not be signed: %1</source>
        <translation>تعذّر توقيع العرض: %1</translation>
    </message>
    <message>
        <source>Choose at least one credential to present.</source>
        <translation>اختر بيان اعتماد واحدًا على الأقل لعرضه.</translation>
    </message>
    <message>
        <source>A presentation needs the verifier&apos;s challenge, so it cannot be replayed.</source>
        <translation>يحتاج العرض إلى تحدّي المُتحقِّق، كي لا يُعاد استخدامه.</translation>
    </message>
    <message>
        <source>An enveloped credential&apos;s id is not a data: URL.</source>
        <translation>معرّف id لبيانات اعتماد مُغلَّفة ليس عنوان data:.</translation>
    </message>
    <message>
        <source>The presentation holds more than %1 credentials.</source>
        <translation>يحوي العرض أكثر من %1 من بيانات الاعتماد.</translation>
    </message>
    <message>
        <source>An entry of the presentation is not a credential.</source>
        <translation>أحد عناصر العرض ليس بيانات اعتماد.</translation>
    </message>
    <message>
        <source>The presentation is not signed by its holder.</source>
        <translation>العرض غير موقّع من حامله.</translation>
    </message>
    <message>
        <source>The presentation carries more than one proof; Vitae expects one.</source>
        <translation>يحمل العرض أكثر من إثبات واحد؛ بينما يتوقع Vitae إثباتًا واحدًا.</translation>
    </message>
    <message>
        <source>The presentation names %1 as its holder but was signed by %2.</source>
        <translation>يسمّي العرض %1 حاملًا له، لكن من وقّعه هو %2.</translation>
    </message>
    <message>
        <source>The holder&apos;s proof is not an authentication proof.</source>
        <translation>إثبات الحامل ليس إثبات مصادقة.</translation>
    </message>
    <message>
        <source>The holder signed with %1, which Vitae cannot check.</source>
        <translation>وقّع الحامل باستخدام %1، وهو ما لا يستطيع Vitae التحقق منه.</translation>
    </message>
    <message>
        <source>The holder&apos;s signature does not match the presentation: %1</source>
        <translation>توقيع الحامل لا يطابق العرض: %1</translation>
    </message>
    <message>
        <source>Signed by its holder, %1.</source>
        <translation>وقّعه حامله %1.</translation>
    </message>
    <message>
        <source>This presentation was made for another verifier.</source>
        <translation>أُعدّ هذا العرض لمُتحقِّق آخر.</translation>
    </message>
    <message>
        <source>The presentation sets no expiry; your challenge guards against replay.</source>
        <translation>لا يحدد العرض تاريخ انتهاء؛ وتحدّيك يحمي من إعادة استخدامه.</translation>
    </message>
    <message>
        <source>These credentials do not name their holder, so they cannot be tied to the person presenting them: %1.</source>
        <translation>لا تسمّي بيانات الاعتماد هذه حاملها، لذا لا يمكن ربطها بالشخص الذي يعرضها: %1.</translation>
    </message>
    <message>
        <source>Every credential was issued to the person who presented it.</source>
        <translation>صدرت كل بيانات الاعتماد للشخص الذي عرضها.</translation>
    </message>
    <message>
        <source>This is JSON but not a verifiable presentation.</source>
        <translation>هذا JSON لكنه ليس عرضًا قابلًا للتحقق.</translation>
    </message>
    <message>
        <source>A W3C verifiable presentation of %1 credential(s).</source>
        <translation>عرض W3C قابل للتحقق يحوي بيانات اعتماد عددها %1.</translation>
    </message>
    <message>
        <source>An SD-JWT presentation with %1 disclosed claim(s).</source>
        <translation>عرض SD-JWT فيه ادعاءات مُفصَح عنها عددها %1.</translation>
    </message>
    <message>
        <source>This presentation is not valid JSON: %1</source>
        <translation>هذا العرض ليس JSON صالحًا: %1</translation>
    </message>
    <message>
        <source>This is neither a verifiable presentation nor an SD-JWT presentation.</source>
        <translation>هذا ليس عرضًا قابلًا للتحقق ولا عرض SD-JWT.</translation>
    </message>
    <message>
        <source>Only SD-JWT credentials disclose claims one by one.</source>
        <translation>بيانات اعتماد SD-JWT وحدها تُفصح عن الادعاءات واحدًا واحدًا.</translation>
    </message>
    <message>
        <source>This credential is not an SD-JWT.</source>
        <translation>بيانات الاعتماد هذه ليست SD-JWT.</translation>
    </message>
    <message>
        <source>This credential was issued to another key, so you cannot present it as yours.</source>
        <translation>صدرت بيانات الاعتماد هذه لمفتاح آخر، لذا لا يمكنك عرضها على أنها لك.</translation>
    </message>
    <message>
        <source>The Base45 text is truncated (its length leaves one character over).</source>
        <translation>نص Base45 مقطوع (طوله يترك حرفًا زائدًا).</translation>
    </message>
    <message>
        <source>The Base45 text contains a character outside its alphabet.</source>
        <translation>يحوي نص Base45 حرفًا من خارج أبجديته.</translation>
    </message>
    <message>
        <source>The Base45 text contains a group whose value is too large.</source>
        <translation>يحوي نص Base45 مجموعة قيمتها كبيرة جدًا.</translation>
    </message>
    <message>
        <source>The Base45 text ends with a group whose value is too large.</source>
        <translation>ينتهي نص Base45 بمجموعة قيمتها كبيرة جدًا.</translation>
    </message>
    <message>
        <source>The PNG image is truncated.</source>
        <translation>صورة PNG مقطوعة.</translation>
    </message>
    <message>
        <source>The PNG image header (IHDR) has the wrong size.</source>
        <translation>ترويسة صورة PNG (IHDR) بحجم خاطئ.</translation>
    </message>
    <message>
        <source>The PNG image has an impossible size.</source>
        <translation>لصورة PNG حجم مستحيل.</translation>
    </message>
    <message>
        <source>The PNG image is %1 x %2 pixels; Vitae reads images up to %3 x %4.</source>
        <translation>أبعاد صورة PNG هي %1 x %2 بكسل؛ ويقرأ Vitae صورًا حتى %3 x %4.</translation>
    </message>
    <message>
        <source>The PNG image uses an unknown compression or filter method.</source>
        <translation>تستخدم صورة PNG طريقة ضغط أو ترشيح غير معروفة.</translation>
    </message>
    <message>
        <source>Interlaced PNG images are not supported; save the image without interlacing.</source>
        <translation>صور PNG المتشابكة غير مدعومة؛ احفظ الصورة دون تشابك.</translation>
    </message>
    <message>
        <source>The PNG image uses an unknown interlace method.</source>
        <translation>تستخدم صورة PNG طريقة تشابك غير معروفة.</translation>
    </message>
    <message>
        <source>The PNG image has an unknown colour type.</source>
        <translation>لصورة PNG نوع ألوان غير معروف.</translation>
    </message>
    <message>
        <source>The PNG image has a bit depth its colour type does not allow.</source>
        <translation>لصورة PNG عمق بتات لا يسمح به نوع ألوانها.</translation>
    </message>
    <message>
        <source>The PNG image data uses an unknown row filter.</source>
        <translation>تستخدم بيانات صورة PNG مرشّح صفوف غير معروف.</translation>
    </message>
    <message>
        <source>The PNG image uses a colour missing from its palette.</source>
        <translation>تستخدم صورة PNG لونًا غير موجود في لوحة ألوانها.</translation>
    </message>
    <message>
        <source>The image file is larger than %1 MB, the most Vitae reads.</source>
        <translation>ملف الصورة أكبر من %1 ميغابايت، وهو أقصى ما يقرأه Vitae.</translation>
    </message>
    <message>
        <source>The file is not a PNG image.</source>
        <translation>الملف ليس صورة PNG.</translation>
    </message>
    <message>
        <source>The PNG image has a chunk with an impossible length.</source>
        <translation>في صورة PNG مقطع بطول مستحيل.</translation>
    </message>
    <message>
        <source>The PNG image is damaged: a chunk has an invalid name.</source>
        <translation>صورة PNG تالفة: أحد المقاطع اسمه غير صالح.</translation>
    </message>
    <message>
        <source>The PNG image is damaged: a chunk&apos;s checksum (CRC) does not match.</source>
        <translation>صورة PNG تالفة: مجموع التحقق (CRC) لأحد المقاطع غير مطابق.</translation>
    </message>
    <message>
        <source>The PNG image does not start with its header (IHDR).</source>
        <translation>لا تبدأ صورة PNG بترويستها (IHDR).</translation>
    </message>
    <message>
        <source>The PNG image has two headers (IHDR).</source>
        <translation>لصورة PNG ترويستان (IHDR).</translation>
    </message>
    <message>
        <source>The PNG image has a malformed palette (PLTE).</source>
        <translation>لوحة ألوان صورة PNG غير سليمة البنية (PLTE).</translation>
    </message>
    <message>
        <source>The PNG image has malformed transparency (tRNS).</source>
        <translation>شفافية صورة PNG غير سليمة البنية (tRNS).</translation>
    </message>
    <message>
        <source>The PNG image data (IDAT) is split by other chunks.</source>
        <translation>بيانات صورة PNG (IDAT) تفصل بينها مقاطع أخرى.</translation>
    </message>
    <message>
        <source>The PNG image needs a feature Vitae does not read (chunk %1).</source>
        <translation>تحتاج صورة PNG إلى ميزة لا يقرأها Vitae (المقطع %1).</translation>
    </message>
    <message>
        <source>The PNG image has no image data (IDAT).</source>
        <translation>لا بيانات صورة في صورة PNG (IDAT).</translation>
    </message>
    <message>
        <source>The PNG image has no palette (PLTE) for its palette colours.</source>
        <translation>لا لوحة ألوان (PLTE) في صورة PNG لألوانها المفهرسة.</translation>
    </message>
    <message>
        <source>The PNG image is too large to read (%1 x %2 pixels).</source>
        <translation>صورة PNG أكبر من أن تُقرأ (%1 x %2 بكسل).</translation>
    </message>
    <message>
        <source>The PNG image holds more image data than its size allows.</source>
        <translation>تحوي صورة PNG بيانات صورة أكثر مما يسمح به حجمها.</translation>
    </message>
    <message>
        <source>The PNG image data is damaged and cannot be decompressed.</source>
        <translation>بيانات صورة PNG تالفة ولا يمكن فك ضغطها.</translation>
    </message>
    <message>
        <source>The PNG image data ends before its last row.</source>
        <translation>تنتهي بيانات صورة PNG قبل صفها الأخير.</translation>
    </message>
    <message>
        <source>The image buffer does not match its size.</source>
        <translation>ذاكرة الصورة المؤقتة لا تطابق حجمها.</translation>
    </message>
    <message>
        <source>The image could not be searched for QR codes.</source>
        <translation>تعذّر البحث عن رموز QR في الصورة.</translation>
    </message>
    <message>
        <source>No QR code was found in this image.</source>
        <translation>لم يُعثر على رمز QR في هذه الصورة.</translation>
    </message>
    <message>
        <source>QR text cannot contain a NUL character.</source>
        <translation>لا يمكن أن يحوي نص QR حرف NUL.</translation>
    </message>
    <message>
        <source>The text is too long for one QR code of version %1.</source>
        <translation>النص أطول من أن يتسع له رمز QR من الإصدار %1.</translation>
    </message>
    <message>
        <source>The text cannot be put in a QR code.</source>
        <translation>لا يمكن وضع النص في رمز QR.</translation>
    </message>
    <message>
        <source>The Vitae QR frame is malformed: %1.</source>
        <translation>إطار QR الخاص بـ Vitae غير سليم البنية: %1.</translation>
    </message>
    <message>
        <source>This is not a frame of a Vitae QR sequence.</source>
        <translation>هذا ليس إطارًا من سلسلة QR خاصة بـ Vitae.</translation>
    </message>
    <message>
        <source>The Vitae QR sequence announces %1 bytes, more than Vitae accepts.</source>
        <translation>تعلن سلسلة QR الخاصة بـ Vitae عن %1 بايت، وهذا أكثر مما يقبله Vitae.</translation>
    </message>
    <message>
        <source>This QR code uses Vitae QR format version %1; this Vitae reads version %2. Update Vitae to read it.</source>
        <translation>يستخدم رمز QR هذا الإصدار %1 من صيغة QR الخاصة بـ Vitae؛ وهذا الـ Vitae يقرأ الإصدار %2. حدّث Vitae لقراءته.</translation>
    </message>
    <message>
        <source>This QR code uses Vitae QR format version %1, which Vitae does not read.</source>
        <translation>يستخدم رمز QR هذا الإصدار %1 من صيغة QR الخاصة بـ Vitae، ولا يقرؤه Vitae.</translation>
    </message>
    <message>
        <source>The data is larger than %1 MB, the most a Vitae QR sequence carries.</source>
        <translation>البيانات أكبر من %1 ميغابايت، وهو أقصى ما تحمله سلسلة QR الخاصة بـ Vitae.</translation>
    </message>
    <message>
        <source>The parity group size must be 0 to %1.</source>
        <translation>يجب أن يكون حجم مجموعة التكافؤ من 0 إلى %1.</translation>
    </message>
    <message>
        <source>The data could not be compressed.</source>
        <translation>تعذّر ضغط البيانات.</translation>
    </message>
    <message>
        <source>QR version %1 is too small to carry a Vitae QR frame.</source>
        <translation>إصدار QR رقم %1 أصغر من أن يحمل إطار QR خاصًا بـ Vitae.</translation>
    </message>
    <message>
        <source>The data needs more QR frames than a sequence may have.</source>
        <translation>تحتاج البيانات إلى إطارات QR أكثر مما تسمح به السلسلة.</translation>
    </message>
    <message>
        <source>The Vitae QR payload is larger than %1 MB, the most Vitae accepts.</source>
        <translation>حمولة QR الخاصة بـ Vitae أكبر من %1 ميغابايت، وهو أقصى ما يقبله Vitae.</translation>
    </message>
    <message>
        <source>The Vitae QR payload is truncated.</source>
        <translation>حمولة QR الخاصة بـ Vitae مقطوعة.</translation>
    </message>
    <message>
        <source>The Vitae QR payload is corrupt and cannot be decompressed.</source>
        <translation>حمولة QR الخاصة بـ Vitae تالفة ولا يمكن فك ضغطها.</translation>
    </message>
    <message>
        <source>This QR code is not a Vitae QR code.</source>
        <translation>رمز QR هذا ليس رمز QR خاصًا بـ Vitae.</translation>
    </message>
    <message>
        <source>This QR code is one frame of a sequence; scan all of its frames.</source>
        <translation>رمز QR هذا إطار واحد من سلسلة؛ امسح كل إطاراتها.</translation>
    </message>
    <message>
        <source>The Vitae QR code is larger than Vitae accepts.</source>
        <translation>رمز QR الخاص بـ Vitae أكبر مما يقبله Vitae.</translation>
    </message>
    <message>
        <source>The Vitae QR payload is corrupt (it is not valid Base45).</source>
        <translation>حمولة QR الخاصة بـ Vitae تالفة (ليست Base45 صالحًا).</translation>
    </message>
    <message>
        <source>The QR code was read.</source>
        <translation>قُرئ رمز QR.</translation>
    </message>
    <message>
        <source>All %1 frames read (%2 rebuilt from parity).</source>
        <translation>قُرئت الإطارات كلها وعددها %1 (أُعيد بناء %2 منها من التكافؤ).</translation>
    </message>
    <message>
        <source>All %1 frames read.</source>
        <translation>قُرئت الإطارات كلها وعددها %1.</translation>
    </message>
    <message>
        <source>No Vitae QR frame read yet.</source>
        <translation>لم يُقرأ أي إطار QR خاص بـ Vitae بعد.</translation>
    </message>
    <message>
        <source>Have %1 of %2 frames; missing %3 %4.</source>
        <translation>لديك %1 من %2 من الإطارات؛ ينقص %3 %4.</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>الإطارات</translation>
    </message>
    <message>
        <source>This QR code belongs to another Vitae QR sequence (foreign frame).</source>
        <translation>رمز QR هذا ينتمي إلى سلسلة QR أخرى خاصة بـ Vitae (إطار غريب).</translation>
    </message>
    <message>
        <source>This frame belongs to another Vitae QR sequence (foreign frame).</source>
        <translation>هذا الإطار ينتمي إلى سلسلة QR أخرى خاصة بـ Vitae (إطار غريب).</translation>
    </message>
    <message>
        <source>This frame belongs to another Vitae QR sequence (foreign frame: message %1, not %2).</source>
        <translation>هذا الإطار ينتمي إلى سلسلة QR أخرى خاصة بـ Vitae (إطار غريب: الرسالة %1 وليست %2).</translation>
    </message>
    <message>
        <source>This frame does not match the other frames of its sequence.</source>
        <translation>هذا الإطار لا يتوافق مع بقية إطارات سلسلته.</translation>
    </message>
    <message>
        <source>Frame %1 was read twice with different contents.</source>
        <translation>قُرئ الإطار %1 مرتين بمحتويين مختلفين.</translation>
    </message>
    <message>
        <source>The parity frame of group %1 was read twice with different contents.</source>
        <translation>قُرئ إطار التكافؤ للمجموعة %1 مرتين بمحتويين مختلفين.</translation>
    </message>
    <message>
        <source>The Vitae QR sequence was read in full but its checksum does not match; scan it again.</source>
        <translation>قُرئت سلسلة QR الخاصة بـ Vitae كاملة، لكن مجموع التحقق لا يطابق؛ امسحها مرة أخرى.</translation>
    </message>
    <message>
        <source>The Vitae QR sequence is incomplete. %1</source>
        <translation>سلسلة QR الخاصة بـ Vitae غير مكتملة. %1</translation>
    </message>
    <message>
        <source>A credential needs its bytes and format.</source>
        <translation>تحتاج بيانات الاعتماد إلى بايتاتها وصيغتها.</translation>
    </message>
    <message>
        <source>There is no credential number %1.</source>
        <translation>لا توجد بيانات اعتماد بالرقم %1.</translation>
    </message>
    <message>
        <source>Credential number %1 does not match its stored digest.</source>
        <translation>بيانات الاعتماد رقم %1 لا تطابق بصمتها المحفوظة.</translation>
    </message>
    <message>
        <source>The database key must be 32 bytes.</source>
        <translation>يجب أن يكون مفتاح قاعدة البيانات 32 بايت.</translation>
    </message>
    <message>
        <source>The vault database %1 is missing.</source>
        <translation>قاعدة بيانات الخزنة %1 مفقودة.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <source>Vault database %1: %2.</source>
        <translation>قاعدة بيانات الخزنة %1: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2 MB; evidence files may be at most %3 MB.</source>
        <translation>حجم الملف «%1» هو %2 ميغابايت، وأقصى حجم لملفات الإثبات %3 ميغابايت.</translation>
    </message>
    <message>
        <source>An evidence file needs a name and a media type.</source>
        <translation>يحتاج ملف الإثبات إلى اسم ونوع وسائط.</translation>
    </message>
    <message>
        <source>There is no evidence file number %1.</source>
        <translation>لا يوجد ملف إثبات بالرقم %1.</translation>
    </message>
    <message>
        <source>Evidence file &quot;%1&quot; does not match its stored digest.</source>
        <translation>ملف الإثبات «%1» لا يطابق بصمته المحفوظة.</translation>
    </message>
    <message>
        <source>The vault&apos;s key for %1 is damaged.</source>
        <translation>مفتاح الخزنة الخاص بـ %1 تالف.</translation>
    </message>
    <message>
        <source>The vault was written by a newer version of Vitae (schema %1, this version knows %2); update Vitae to open it.</source>
        <translation>كُتبت الخزنة بإصدار أحدث من Vitae (المخطط %1، وهذا الإصدار يعرف %2)؛ حدّث Vitae لفتحها.</translation>
    </message>
    <message>
        <source>A share needs its channel.</source>
        <translation>تحتاج المشاركة إلى قناتها.</translation>
    </message>
    <message>
        <source>A tag needs a name of 1 to 200 characters.</source>
        <translation>يحتاج الوسم إلى اسم من 1 إلى 200 حرف.</translation>
    </message>
    <message>
        <source>There is no portfolio called &quot;%1&quot;.</source>
        <translation>لا يوجد ملف إنجاز باسم «%1».</translation>
    </message>
    <message>
        <source>A portfolio needs a name of 1 to 200 characters.</source>
        <translation>يحتاج ملف الإنجاز إلى اسم من 1 إلى 200 حرف.</translation>
    </message>
    <message>
        <source>There is already a portfolio called &quot;%1&quot;.</source>
        <translation>يوجد بالفعل ملف إنجاز باسم «%1».</translation>
    </message>
    <message>
        <source>Credential number %1 is not in the portfolio &quot;%2&quot;.</source>
        <translation>بيانات الاعتماد رقم %1 ليست في ملف الإنجاز «%2».</translation>
    </message>
    <message>
        <source>The vault in %1 is in use by another Vitae process (pid %2). Close it there first.</source>
        <translation>الخزنة في %1 قيد الاستخدام من عملية Vitae أخرى (pid %2). أغلقها هناك أولًا.</translation>
    </message>
    <message>
        <source>The vault folder %1 is not writable.</source>
        <translation>مجلد الخزنة %1 غير قابل للكتابة.</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>لا توجد خزنة في %1.</translation>
    </message>
    <message>
        <source>The vault header %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة ترويسة الخزنة %1: %2</translation>
    </message>
    <message>
        <source>The vault header %1 could not be written: %2</source>
        <translation>تعذّرت كتابة ترويسة الخزنة %1: %2</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>عبارة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the vault.</source>
        <translation>اختر عبارة مرور للخزنة.</translation>
    </message>
    <message>
        <source>This vault is already open.</source>
        <translation>هذه الخزنة مفتوحة بالفعل.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>لا يمكن إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The folder %1 already holds a vault; it was left untouched.</source>
        <translation>المجلد %1 يحوي خزنة بالفعل، ولم يُمسّ.</translation>
    </message>
    <message>
        <source>The vault database could not be put in place in %1.</source>
        <translation>تعذّر وضع قاعدة بيانات الخزنة في %1.</translation>
    </message>
    <message>
        <source>Choose a new passphrase.</source>
        <translation>اختر عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>The vault has no holder key.</source>
        <translation>لا يوجد مفتاح حامل في الخزنة.</translation>
    </message>
    <message>
        <source>The vault&apos;s holder key is damaged.</source>
        <translation>مفتاح الحامل في الخزنة تالف.</translation>
    </message>
    <message>
        <source>The vault&apos;s holder key does not match its DID.</source>
        <translation>مفتاح الحامل في الخزنة لا يطابق مُعرّف DID الخاص بها.</translation>
    </message>
    <message>
        <source>The vault database %1 failed its integrity check: %2</source>
        <translation>فشلت قاعدة بيانات الخزنة %1 في فحص السلامة: %2</translation>
    </message>
    <message>
        <source>The vault header %1 is damaged: %2</source>
        <translation>ترويسة الخزنة %1 تالفة: %2</translation>
    </message>
    <message>
        <source>The vault %1 was written by a newer version of Vitae (format %2.%3); update Vitae to open it.</source>
        <translation>كُتبت الخزنة %1 بإصدار أحدث من Vitae (الصيغة %2.%3)؛ حدّث Vitae لفتحها.</translation>
    </message>
    <message>
        <source>%1 was revoked by its issuer.</source>
        <translation>ألغت الجهة المُصدِرة %1.</translation>
    </message>
    <message>
        <source>%1 was suspended by its issuer.</source>
        <translation>علّقت الجهة المُصدِرة %1.</translation>
    </message>
    <message>
        <source>%1 has expired.</source>
        <translation>انتهت صلاحية %1.</translation>
    </message>
    <message>
        <source>%1 could not be checked: its issuer&apos;s key no longer answers (%2).</source>
        <translation>تعذّر التحقق من %1: مفتاح جهتها المُصدِرة لم يعد يستجيب (%2).</translation>
    </message>
    <message>
        <source>%1 expires within a day.</source>
        <translation>تنتهي صلاحية %1 خلال يوم.</translation>
    </message>
    <message>
        <source>%1 expires in %2 days.</source>
        <translation>تنتهي صلاحية %1 بعد %2 يومًا.</translation>
    </message>
    <message>
        <source>Your last backup was %1 days ago. Make one, so a lost or broken device does not take your credentials with it.</source>
        <translation>آخر نسخة احتياطية صنعتها كانت قبل %1 يومًا. اصنع واحدة، كي لا يضيّع جهاز مفقود أو معطّل بيانات اعتمادك.</translation>
    </message>
    <message>
        <source>You have never made a backup. Make one, so a lost or broken device does not take your credentials with it.</source>
        <translation>لم تصنع نسخة احتياطية قط. اصنع واحدة، كي لا يضيّع جهاز مفقود أو معطّل بيانات اعتمادك.</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1.</source>
        <translation>ليست صالحة بعد: صالحة ابتداءً من %1.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>انتهت صلاحيتها في %1.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>صالحة حتى %1.</translation>
    </message>
    <message>
        <source>Valid, with no expiry date.</source>
        <translation>صالحة، بلا تاريخ انتهاء.</translation>
    </message>
    <message>
        <source>The issuer publishes status in a token status list, which this version of Vitae cannot check yet.</source>
        <translation>تنشر الجهة المُصدِرة الحالة في قائمة حالة رموز، ولا يستطيع هذا الإصدار من Vitae التحقق منها بعد.</translation>
    </message>
    <message>
        <source>Status unknown (offline): whether the issuer revoked it could not be checked.</source>
        <translation>الحالة غير معروفة (دون اتصال): تعذّر التحقق مما إذا كانت الجهة المُصدِرة قد ألغتها.</translation>
    </message>
    <message>
        <source>Vitae is offline</source>
        <translation>Vitae غير متصل</translation>
    </message>
    <message>
        <source>Status unknown (offline): the issuer&apos;s status list could not be fetched (%1).</source>
        <translation>الحالة غير معروفة (دون اتصال): تعذّر جلب قائمة حالة الجهة المُصدِرة (%1).</translation>
    </message>
    <message>
        <source>Status unknown: the issuer&apos;s status list cannot be read: %1</source>
        <translation>الحالة غير معروفة: تتعذّر قراءة قائمة حالة الجهة المُصدِرة: %1</translation>
    </message>
    <message>
        <source>Status unknown: the issuer&apos;s status list could not be trusted (%1)</source>
        <translation>الحالة غير معروفة: تعذّر الوثوق بقائمة حالة الجهة المُصدِرة (%1)</translation>
    </message>
    <message>
        <source>Status unknown: the issuer&apos;s status list does not fit this credential (%1).</source>
        <translation>الحالة غير معروفة: قائمة حالة الجهة المُصدِرة لا تناسب بيانات الاعتماد هذه (%1).</translation>
    </message>
    <message>
        <source>purpose differs</source>
        <translation>الغرض مختلف</translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn this credential.</source>
        <translation>ملغاة: سحبت الجهة المُصدِرة بيانات الاعتماد هذه.</translation>
    </message>
    <message>
        <source>Suspended: the issuer has put this credential on hold.</source>
        <translation>معلّقة: أوقفت الجهة المُصدِرة بيانات الاعتماد هذه مؤقتًا.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list marks this credential (%1 = %2).</source>
        <translation>قائمة حالة الجهة المُصدِرة تؤشّر على بيانات الاعتماد هذه (%1 = %2).</translation>
    </message>
    <message>
        <source>Not %1 (checked with the issuer&apos;s status list).</source>
        <translation>غير %1 (تم التحقق بقائمة حالة الجهة المُصدِرة).</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>The issuer publishes no revocation status for this credential.</source>
        <translation>لا تنشر الجهة المُصدِرة حالة إلغاء لبيانات الاعتماد هذه.</translation>
    </message>
    <message>
        <source>Self-asserted: issued by the learner about themselves; no one else vouches for it.</source>
        <translation>ذاتية التصريح: أصدرها المتعلّم عن نفسه، ولا يضمنها أحد غيره.</translation>
    </message>
    <message>
        <source>Issued by %1, listed in %2.</source>
        <translation>صادرة عن %1، المُدرَج في %2.</translation>
    </message>
    <message>
        <source>The issuer %1 is not on your trust lists: a valid signature proves who signed, but Vitae cannot vouch for who they are.</source>
        <translation>الجهة المُصدِرة %1 ليست في قوائم الثقة لديك: التوقيع الصالح يُثبت من وقّع، لكن Vitae لا يستطيع أن يضمن هويته.</translation>
    </message>
    <message>
        <source>The credential cannot be put in canonical form: %1</source>
        <translation>لا يمكن وضع بيانات الاعتماد بالصيغة القانونية: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s key (%1) is published online and Vitae is offline.</source>
        <translation>مفتاح الجهة المُصدِرة (%1) منشور على الإنترنت، وVitae غير متصل.</translation>
    </message>
    <message>
        <source>Keys of the kind &quot;%1&quot; cannot be checked by this version of Vitae.</source>
        <translation>لا يستطيع هذا الإصدار من Vitae التحقق من مفاتيح من النوع «%1».</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; is neither a DID nor an https address.</source>
        <translation>الجهة المُصدِرة «%1» ليست DID ولا عنوان https.</translation>
    </message>
    <message>
        <source>The issuer&apos;s keys (%1) are published online and Vitae is offline.</source>
        <translation>مفاتيح الجهة المُصدِرة (%1) منشورة على الإنترنت، وVitae غير متصل.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata is not valid JSON: %1</source>
        <translation>البيانات الوصفية للجهة المُصدِرة ليست JSON صالحًا: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata names a different issuer.</source>
        <translation>تسمّي البيانات الوصفية للجهة المُصدِرة جهة مُصدِرة أخرى.</translation>
    </message>
    <message>
        <source>The issuer publishes no key &quot;%1&quot;.</source>
        <translation>لا تنشر الجهة المُصدِرة مفتاحًا باسم «%1».</translation>
    </message>
    <message>
        <source>The token was signed with a key (%1) that does not belong to its issuer (%2).</source>
        <translation>وُقّع الرمز بمفتاح (%1) لا ينتمي إلى جهته المُصدِرة (%2).</translation>
    </message>
    <message>
        <source>The token does not say which of the issuer&apos;s keys signed it (no kid).</source>
        <translation>لا يذكر الرمز أيّ مفاتيح الجهة المُصدِرة وقّعه (لا يوجد kid).</translation>
    </message>
    <message>
        <source>The proof&apos;s @context does not match the credential&apos;s.</source>
        <translation>قيمة @context في الإثبات لا تطابق تلك التي في بيانات الاعتماد.</translation>
    </message>
    <message>
        <source>The proof value is not a base58 signature of 64 bytes.</source>
        <translation>قيمة الإثبات ليست توقيع base58 من 64 بايت.</translation>
    </message>
    <message>
        <source>The signature does not match the credential.</source>
        <translation>التوقيع لا يطابق بيانات الاعتماد.</translation>
    </message>
    <message>
        <source>A proof in the chain names a previous proof that is not there.</source>
        <translation>إثبات في السلسلة يسمّي إثباتًا سابقًا غير موجود.</translation>
    </message>
    <message>
        <source>The proof cannot be read: %1</source>
        <translation>تتعذّر قراءة الإثبات: %1</translation>
    </message>
    <message>
        <source>The credential cannot be read as linked data: %1</source>
        <translation>لا يمكن قراءة بيانات الاعتماد كبيانات مترابطة: %1</translation>
    </message>
    <message>
        <source>%1 needs an %2 key.</source>
        <translation>يحتاج %1 إلى مفتاح %2.</translation>
    </message>
    <message>
        <source>The credential status has no type.</source>
        <translation>حالة بيانات الاعتماد بلا نوع.</translation>
    </message>
    <message>
        <source>The credential status type %1 is not supported.</source>
        <translation>نوع حالة بيانات الاعتماد %1 غير مدعوم.</translation>
    </message>
    <message>
        <source>The status list is larger than %1 bytes compressed.</source>
        <translation>قائمة الحالة أكبر من %1 بايت وهي مضغوطة.</translation>
    </message>
    <message>
        <source>The status list is empty or not valid base64url text.</source>
        <translation>قائمة الحالة فارغة أو ليست نص base64url صالحًا.</translation>
    </message>
    <message>
        <source>The decompressor could not be started.</source>
        <translation>تعذّر تشغيل أداة فك الضغط.</translation>
    </message>
    <message>
        <source>The status list expands to more than %1 bytes, so it was not read.</source>
        <translation>تتمدد قائمة الحالة إلى أكثر من %1 بايت، لذا لم تُقرأ.</translation>
    </message>
    <message>
        <source>The status list is cut short (its GZIP data ends too early).</source>
        <translation>قائمة الحالة مقطوعة (تنتهي بيانات GZIP الخاصة بها مبكرًا).</translation>
    </message>
    <message>
        <source>The status list is not valid GZIP data.</source>
        <translation>قائمة الحالة ليست بيانات GZIP صالحة.</translation>
    </message>
    <message>
        <source>The status list has unexpected data after its GZIP data.</source>
        <translation>في قائمة الحالة بيانات غير متوقعة بعد بيانات GZIP.</translation>
    </message>
    <message>
        <source>A status size of %1 bits is not supported.</source>
        <translation>حجم الحالة البالغ %1 بت غير مدعوم.</translation>
    </message>
    <message>
        <source>A status index cannot be negative.</source>
        <translation>لا يمكن أن يكون فهرس الحالة سالبًا.</translation>
    </message>
    <message>
        <source>Status index %1 is outside the status list, which has %2 entries.</source>
        <translation>فهرس الحالة %1 خارج قائمة الحالة، التي تحوي %2 من الإدخالات.</translation>
    </message>
    <message>
        <source>The status list credential has no single credentialSubject.</source>
        <translation>بيانات اعتماد قائمة الحالة لا تحوي credentialSubject واحدًا.</translation>
    </message>
    <message>
        <source>The status list credential is not typed BitstringStatusListCredential.</source>
        <translation>بيانات اعتماد قائمة الحالة ليست من النوع BitstringStatusListCredential.</translation>
    </message>
    <message>
        <source>The status list credential is not typed StatusList2021Credential.</source>
        <translation>بيانات اعتماد قائمة الحالة ليست من النوع StatusList2021Credential.</translation>
    </message>
    <message>
        <source>The status list credential does not hold a BitstringStatusList or StatusList2021.</source>
        <translation>بيانات اعتماد قائمة الحالة لا تحوي BitstringStatusList ولا StatusList2021.</translation>
    </message>
    <message>
        <source>The status list credential has no statusPurpose.</source>
        <translation>بيانات اعتماد قائمة الحالة بلا statusPurpose.</translation>
    </message>
    <message>
        <source>The status list credential has no encodedList.</source>
        <translation>بيانات اعتماد قائمة الحالة بلا encodedList.</translation>
    </message>
    <message>
        <source>The trust list is not valid JSON: %1</source>
        <translation>قائمة الثقة ليست JSON صالحًا: %1</translation>
    </message>
    <message>
        <source>The trust list is of a newer version than Vitae reads.</source>
        <translation>قائمة الثقة من إصدار أحدث مما يقرأه Vitae.</translation>
    </message>
    <message>
        <source>An issuer in the trust list has no id.</source>
        <translation>جهة مُصدِرة في قائمة الثقة بلا id.</translation>
    </message>
    <message>
        <source>This is neither a Vitae trust list nor an issuer registry.</source>
        <translation>هذه ليست قائمة ثقة من Vitae ولا سجلّ جهات مُصدِرة.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be fetched, so the signature was not checked: %1</source>
        <translation>تعذّر جلب مفتاح الجهة المُصدِرة، لذا لم يُتحقق من التوقيع: %1</translation>
    </message>
    <message>
        <source>The signing key is not valid for this issuer: %1</source>
        <translation>مفتاح التوقيع غير صالح لهذه الجهة المُصدِرة: %1</translation>
    </message>
    <message>
        <source>The credential does not start with the W3C credentials context.</source>
        <translation>لا تبدأ بيانات الاعتماد بسياق بيانات الاعتماد الخاص بـ W3C.</translation>
    </message>
    <message>
        <source>The credential is well formed.</source>
        <translation>بيانات الاعتماد سليمة البنية.</translation>
    </message>
    <message>
        <source>The credential is not signed.</source>
        <translation>بيانات الاعتماد غير موقّعة.</translation>
    </message>
    <message>
        <source>The credential is signed with %1, which this version of Vitae cannot check yet (unsupported proof suite).</source>
        <translation>بيانات الاعتماد موقّعة بـ %1، ولا يستطيع هذا الإصدار من Vitae التحقق منه بعد (مجموعة إثبات غير مدعومة).</translation>
    </message>
    <message>
        <source>The credential&apos;s proof uses an unknown method (&quot;%1&quot;), so it cannot be trusted.</source>
        <translation>يستخدم إثبات بيانات الاعتماد طريقة غير معروفة («%1»)، لذا لا يمكن الوثوق به.</translation>
    </message>
    <message>
        <source>The proof was not made for issuing a credential (its purpose is &quot;%1&quot;).</source>
        <translation>لم يُصنع الإثبات لإصدار بيانات اعتماد (غرضه «%1»).</translation>
    </message>
    <message>
        <source>The credential was signed by %1, not by its issuer %2.</source>
        <translation>وقّع بيانات الاعتماد %1، لا جهتها المُصدِرة %2.</translation>
    </message>
    <message>
        <source>The signature itself has expired.</source>
        <translation>انتهت صلاحية التوقيع نفسه.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1.</source>
        <translation>تعذّر التحقق من التوقيع: %1.</translation>
    </message>
    <message>
        <source>The credential uses a term its contexts do not define, so its meaning is not covered by the signature: %1.</source>
        <translation>تستخدم بيانات الاعتماد مصطلحًا لا تعرّفه سياقاتها، لذا لا يغطي التوقيع معناه: %1.</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was issued, or was not issued by %1. (%2)</source>
        <translation>التوقيع غير مطابق: عُدّلت بيانات الاعتماد بعد إصدارها، أو لم يُصدرها %1. (%2)</translation>
    </message>
    <message>
        <source>Signed by the issuer (%1); nothing was changed since.</source>
        <translation>وقّعتها الجهة المُصدِرة (%1)؛ ولم يتغيّر شيء منذ ذلك.</translation>
    </message>
    <message>
        <source>The token&apos;s issuer (%1) differs from the credential&apos;s issuer (%2).</source>
        <translation>الجهة المُصدِرة للرمز (%1) تختلف عن الجهة المُصدِرة لبيانات الاعتماد (%2).</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was issued. (%1)</source>
        <translation>التوقيع غير مطابق: عُدّلت بيانات الاعتماد بعد إصدارها. (%1)</translation>
    </message>
    <message>
        <source>Hosted badge, not cryptographically signed; it could not be compared with the issuer&apos;s copy (offline).</source>
        <translation>شارة مستضافة غير موقّعة تشفيريًا؛ تعذّرت مقارنتها بنسخة الجهة المُصدِرة (دون اتصال).</translation>
    </message>
    <message>
        <source>Hosted badge, not cryptographically signed; the issuer&apos;s copy could not be fetched: %1</source>
        <translation>شارة مستضافة غير موقّعة تشفيريًا؛ تعذّر جلب نسخة الجهة المُصدِرة: %1</translation>
    </message>
    <message>
        <source>Hosted badge, not cryptographically signed, and it differs from the issuer&apos;s copy.</source>
        <translation>شارة مستضافة غير موقّعة تشفيريًا، وتختلف عن نسخة الجهة المُصدِرة.</translation>
    </message>
    <message>
        <source>Hosted badge, not cryptographically signed; it matches the copy on the issuer&apos;s site.</source>
        <translation>شارة مستضافة غير موقّعة تشفيريًا؛ تطابق النسخة الموجودة على موقع الجهة المُصدِرة.</translation>
    </message>
    <message>
        <source>Unlock your vault first.</source>
        <translation>افتح قفل خزنتك أولًا.</translation>
    </message>
    <message>
        <source>The trust list %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة قائمة الثقة %1: %2</translation>
    </message>
    <message>
        <source>The presentation could not be compressed.</source>
        <translation>تعذّر ضغط العرض.</translation>
    </message>
    <message>
        <source>This presentation is too large for a link (at most %1 KB); save it as a file instead.</source>
        <translation>هذا العرض أكبر من أن يوضع في رابط (الحد الأقصى %1 كيلوبايت)؛ احفظه كملف بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This is a %1, not a presentation.</source>
        <translation>هذا %1، وليس عرضًا.</translation>
    </message>
    <message>
        <source>The trust list is larger than %1 MB.</source>
        <translation>قائمة الثقة أكبر من %1 ميغابايت.</translation>
    </message>
    <message>
        <source>This trust list is already in your vault.</source>
        <translation>قائمة الثقة هذه موجودة في خزنتك بالفعل.</translation>
    </message>
    <message>
        <source>Vitae cannot read this VPQR code: %1</source>
        <translation>لا يستطيع Vitae قراءة رمز VPQR هذا: %1</translation>
    </message>
    <message>
        <source>This VPQR code is damaged: %1</source>
        <translation>رمز VPQR هذا تالف: %1</translation>
    </message>
    <message>
        <source>This is not a VPQR code: it does not start with &quot;VP1-&quot;.</source>
        <translation>هذا ليس رمز VPQR: لا يبدأ بـ «VP1-».</translation>
    </message>
    <message>
        <source>A device slot needs two 32-byte keys.</source>
        <translation>تحتاج خانة الجهاز إلى مفتاحين طول كلٍّ منهما 32 بايت.</translation>
    </message>
    <message>
        <source>The key this device keeps does not open this vault&apos;s device slot.</source>
        <translation>المفتاح الذي يحفظه هذا الجهاز لا يفتح خانة الجهاز في هذه الخزنة.</translation>
    </message>
    <message>
        <source>The device slot %1 is damaged: %2</source>
        <translation>خانة الجهاز %1 تالفة: %2</translation>
    </message>
    <message>
        <source>The device slot %1 was written by a newer version of Vitae (format %2.%3).</source>
        <translation>كُتبت خانة الجهاز %1 بإصدار أحدث من Vitae (الصيغة %2.%3).</translation>
    </message>
    <message>
        <source>This vault is not remembered on this device.</source>
        <translation>هذه الخزنة غير متذكَّرة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The device slot %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة خانة الجهاز %1: %2</translation>
    </message>
    <message>
        <source>The device slot %1 could not be written: %2</source>
        <translation>تعذّرت كتابة خانة الجهاز %1: %2</translation>
    </message>
    <message>
        <source>Open the vault before remembering it on this device.</source>
        <translation>افتح الخزنة قبل تذكّرها على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The key remembered on this device does not open the vault database (%1).</source>
        <translation>المفتاح المتذكَّر على هذا الجهاز لا يفتح قاعدة بيانات الخزنة (%1).</translation>
    </message>
    <message>
        <source>The device slot %1 could not be removed.</source>
        <translation>تعذّرت إزالة خانة الجهاز %1.</translation>
    </message>
</context>
<context>
    <name>vitae::gui</name>
    <message>
        <source>an SD-JWT credential</source>
        <translation>بيانات اعتماد SD-JWT</translation>
    </message>
    <message>
        <source>a JSON-LD credential</source>
        <translation>بيانات اعتماد JSON-LD</translation>
    </message>
    <message>
        <source>a JWT credential</source>
        <translation>بيانات اعتماد JWT</translation>
    </message>
    <message>
        <source>a %1 credential</source>
        <translation>بيانات اعتماد %1</translation>
    </message>
    <message>
        <source>%1 of type %2</source>
        <translation>%1 من النوع %2</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <source>This portfolio is empty: add something to it before exporting.</source>
        <translation>ملف الإنجاز هذا فارغ: أضف إليه شيئًا قبل تصديره.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>ملف الإنجاز</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <source>(a credential Vitae can no longer read)</source>
        <translation>(بيانات اعتماد لم يعد Vitae قادرًا على قراءتها)</translation>
    </message>
</context>
<context>
    <name>vitae::gui::AlertsViewModel</name>
    <message>
        <source>A credential</source>
        <translation>بيانات اعتماد</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>%1 was revoked by its issuer.</source>
        <translation>ألغت الجهة المُصدِرة %1.</translation>
    </message>
    <message>
        <source>Verifiers will see it as revoked. If you think this is a mistake, contact the issuer.</source>
        <translation>سيراها المُتحقِّقون ملغاة. إن كنت تظن أن هذا خطأ، فتواصل مع الجهة المُصدِرة.</translation>
    </message>
    <message>
        <source>%1 was suspended by its issuer.</source>
        <translation>علّقت الجهة المُصدِرة %1.</translation>
    </message>
    <message>
        <source>Verifiers will see it as suspended until the issuer lifts it. Ask the issuer why.</source>
        <translation>سيراها المُتحقِّقون معلّقة حتى ترفع الجهة المُصدِرة التعليق. اسأل الجهة المُصدِرة عن السبب.</translation>
    </message>
    <message>
        <source>%1 has expired.</source>
        <translation>انتهت صلاحية %1.</translation>
    </message>
    <message>
        <source>Ask the issuer for a renewed credential if you still need it.</source>
        <translation>اطلب من الجهة المُصدِرة بيانات اعتماد مجدَّدة إن كنت لا تزال تحتاج إليها.</translation>
    </message>
    <message>
        <source>%1 expires within a day.</source>
        <translation>تنتهي صلاحية %1 خلال يوم.</translation>
    </message>
    <message>
        <source>If you still need it, ask the issuer to renew it before then.</source>
        <translation>إن كنت لا تزال تحتاج إليها، فاطلب من الجهة المُصدِرة تجديدها قبل ذلك.</translation>
    </message>
    <message>
        <source>The issuer of %1 no longer answers at its web address.</source>
        <translation>لم تعد الجهة المُصدِرة لـ %1 تستجيب على عنوانها على الويب.</translation>
    </message>
    <message>
        <source>Its signature cannot be checked while that lasts. Export a verifiable bundle from your portfolio while the credential can still be checked, and keep it.</source>
        <translation>ما دام ذلك قائمًا، لا يمكن التحقق من توقيعها. صدِّر حزمة قابلة للتحقق من ملف إنجازك ما دام التحقق من بيانات الاعتماد ممكنًا، واحتفظ بها.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup was %n day(s) ago.</source>
        <translation>
            <numerusform>صنعت آخر نسخة احتياطية اليوم.</numerusform>
            <numerusform>صنعت آخر نسخة احتياطية قبل يوم واحد.</numerusform>
            <numerusform>صنعت آخر نسخة احتياطية قبل يومين.</numerusform>
            <numerusform>صنعت آخر نسخة احتياطية قبل %n أيام.</numerusform>
            <numerusform>صنعت آخر نسخة احتياطية قبل %n يومًا.</numerusform>
            <numerusform>صنعت آخر نسخة احتياطية قبل %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have never made a backup of your vault.</source>
        <translation>لم تصنع قط نسخة احتياطية من خزنتك.</translation>
    </message>
    <message>
        <source>Make one now and keep it on another device, so a lost or broken device does not take your credentials with it.</source>
        <translation>اصنع واحدة الآن واحفظها على جهاز آخر، كي لا يضيّع جهاز مفقود أو معطّل بيانات اعتمادك.</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>آخر نسخة احتياطية %1</translation>
    </message>
    <message>
        <source>Unlock your vault first.</source>
        <translation>افتح قفل خزنتك أولًا.</translation>
    </message>
    <message>
        <source>The re-check did not finish: %1</source>
        <translation>لم تكتمل إعادة التحقق: %1</translation>
    </message>
    <message>
        <source>%1 expires on %2, in %3 days.</source>
        <translation>تنتهي صلاحية %1 في %2، بعد %3 يومًا.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::AppController</name>
    <message>
        <source>The link is too long (at most %1 KB).</source>
        <translation>الرابط طويل جدًا (الحد الأقصى %1 كيلوبايت).</translation>
    </message>
    <message>
        <source>The link cannot be read.</source>
        <translation>تتعذّر قراءة الرابط.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n credential(s) to your wallet.</source>
        <translation>
            <numerusform>لم يُضف أي بيان اعتماد إلى محفظتك.</numerusform>
            <numerusform>أُضيف بيان اعتماد واحد إلى محفظتك.</numerusform>
            <numerusform>أُضيف بيانا اعتماد إلى محفظتك.</numerusform>
            <numerusform>أُضيفت %n بيانات اعتماد إلى محفظتك.</numerusform>
            <numerusform>أُضيف %n بيان اعتماد إلى محفظتك.</numerusform>
            <numerusform>أُضيف %n بيان اعتماد إلى محفظتك.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential was deleted.</source>
        <translation>حُذفت بيانات الاعتماد.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>اختر عبارة مرور.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <source>Only files on this device can be added this way.</source>
        <translation>لا يمكن إضافة سوى ملفات هذا الجهاز بهذه الطريقة.</translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a long sentence only you would think of.</source>
        <translation>استخدم أربع كلمات أو أكثر لا رابط بينها، أو جملة طويلة لا تخطر إلا ببالك.</translation>
    </message>
    <message>
        <source>Very weak: someone could guess this quickly.</source>
        <translation>ضعيفة جدًا: يمكن لأحد أن يخمّنها بسرعة.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>ضعيفة: أضف مزيدًا من الكلمات.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>مقبولة: بضع كلمات إضافية تجعلها قوية.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>جيدة.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <source>Open your vault to see what these files hold: %1. Nothing is added until you confirm.</source>
        <translation>افتح خزنتك لترى ما تحويه هذه الملفات: %1. لن يُضاف شيء حتى تؤكد.</translation>
    </message>
    <message>
        <source>Vitae was given a link it cannot use, so nothing was added. %1</source>
        <translation>تلقّى Vitae رابطًا لا يستطيع استخدامه، لذا لم يُضف شيء. %1</translation>
    </message>
    <message>
        <source>Vitae received a presentation request.</source>
        <translation>تلقّى Vitae طلب عرض.</translation>
    </message>
    <message>
        <source>Vitae received a presentation request from %1.</source>
        <translation>تلقّى Vitae طلب عرض من %1.</translation>
    </message>
    <message>
        <source>Nothing has been shared: Vitae will show you what is asked and ask you first.</source>
        <translation>لم يُشارَك شيء: سيُريك Vitae ما هو مطلوب ويسألك أولًا.</translation>
    </message>
    <message>
        <source>Vitae received a %1.</source>
        <translation>تلقّى Vitae: %1.</translation>
    </message>
    <message>
        <source>Vitae received a %1 from %2.</source>
        <translation>تلقّى Vitae من %2: %1.</translation>
    </message>
    <message>
        <source>Nothing has been added: Vitae will show you what it holds and ask you before importing anything.</source>
        <translation>لم يُضف شيء: سيُريك Vitae ما يحويه ويسألك قبل استيراد أي شيء.</translation>
    </message>
    <message>
        <source>Unlock your vault first; the link waits for you.</source>
        <translation>افتح قفل خزنتك أولًا؛ الرابط بانتظارك.</translation>
    </message>
    <message>
        <source>Vitae cannot open this kind of link from the app yet.</source>
        <translation>لا يستطيع Vitae بعد فتح هذا النوع من الروابط من التطبيق.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was collected or added.</source>
        <translation>توقّف. لم يُستلم شيء ولم يُضف شيء.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check it and try again.</source>
        <translation>عبارة المرور هذه غير صحيحة. تحقّق منها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This vault is open in another Vitae window or program. Close it there first.</source>
        <translation>هذه الخزنة مفتوحة في نافذة أو برنامج آخر من Vitae. أغلقها هناك أولًا.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Vitae. Update Vitae to open it.</source>
        <translation>أُنشئت هذه الخزنة بإصدار أحدث من Vitae. حدّث Vitae لفتحها.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged, so it cannot be opened. Nothing was changed. (%1)</source>
        <translation>ملفات الخزنة تالفة، لذا لا يمكن فتحها. لم يتغيّر شيء. (%1)</translation>
    </message>
    <message>
        <source>The vault could not be saved to disk: %1</source>
        <translation>تعذّر حفظ الخزنة على القرص: %1</translation>
    </message>
</context>
<context>
    <name>vitae::gui::ClaimText</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>vitae::gui::DeviceUnlock</name>
    <message>
        <source>This device has no keychain that Vitae can use.</source>
        <translation>لا توجد على هذا الجهاز سلسلة مفاتيح يستطيع Vitae استخدامها.</translation>
    </message>
    <message>
        <source>The keychain was not unlocked.</source>
        <translation>لم يُفتح قفل سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access.</source>
        <translation>سلسلة المفاتيح مقفلة أو رفضت الوصول.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>لم تستجب سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>The keychain did not answer (%1).</source>
        <translation>لم تستجب سلسلة المفاتيح (%1).</translation>
    </message>
    <message>
        <source>The key in this device&apos;s keychain does not open this vault. Unlock with your passphrase, then turn “Remember on this device” off and on again in Settings.</source>
        <translation>المفتاح الموجود في سلسلة مفاتيح هذا الجهاز لا يفتح هذه الخزنة. افتح القفل بعبارة مرورك، ثم أوقف «التذكّر على هذا الجهاز» وفعّله مجددًا في الإعدادات.</translation>
    </message>
    <message>
        <source>This vault&apos;s device slot is damaged, so it cannot open the vault. Nothing else was changed: unlock with your passphrase. (%1)</source>
        <translation>خانة الجهاز في هذه الخزنة تالفة، لذا لا يمكنها فتح الخزنة. لم يتغيّر شيء آخر: افتح القفل بعبارة مرورك. (%1)</translation>
    </message>
    <message>
        <source>This vault is no longer remembered on this device. Unlock with your passphrase.</source>
        <translation>لم تعد هذه الخزنة متذكَّرة على هذا الجهاز. افتح القفل بعبارة مرورك.</translation>
    </message>
    <message>
        <source>This vault is open in another Vitae window or program. Close it there first.</source>
        <translation>هذه الخزنة مفتوحة في نافذة أو برنامج آخر من Vitae. أغلقها هناك أولًا.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Vitae. Update Vitae to open it.</source>
        <translation>أُنشئت هذه الخزنة بإصدار أحدث من Vitae. حدّث Vitae لفتحها.</translation>
    </message>
    <message>
        <source>The vault could not be opened on this device: %1 Unlock with your passphrase.</source>
        <translation>تعذّر فتح الخزنة على هذا الجهاز: %1 افتح القفل بعبارة مرورك.</translation>
    </message>
    <message>
        <source>Vitae could not keep a key in this device&apos;s keychain, so the vault is not remembered. %1</source>
        <translation>تعذّر على Vitae حفظ مفتاح في سلسلة مفاتيح هذا الجهاز، لذا لم تُتذكَّر الخزنة. %1</translation>
    </message>
    <message>
        <source>This vault now opens on this device without the passphrase.</source>
        <translation>صارت هذه الخزنة تُفتح على هذا الجهاز دون عبارة المرور.</translation>
    </message>
    <message>
        <source>The vault could not be remembered on this device: %1</source>
        <translation>تعذّر تذكّر الخزنة على هذا الجهاز: %1</translation>
    </message>
    <message>
        <source>The device slot could not be removed: %1</source>
        <translation>تعذّرت إزالة خانة الجهاز: %1</translation>
    </message>
    <message>
        <source>This vault is no longer remembered on this device. The key left in the keychain now opens nothing, but it could not be removed: %1</source>
        <translation>لم تعد هذه الخزنة متذكَّرة على هذا الجهاز. المفتاح المتبقي في سلسلة المفاتيح لم يعد يفتح شيئًا، لكن تعذّرت إزالته: %1</translation>
    </message>
    <message>
        <source>This vault is no longer remembered on this device: only the passphrase opens it.</source>
        <translation>لم تعد هذه الخزنة متذكَّرة على هذا الجهاز: لا يفتحها إلا عبارة المرور.</translation>
    </message>
    <message>
        <source>This device&apos;s keychain no longer holds the key for this vault. Unlock with your passphrase; you can turn “Remember on this device” on again in Settings.</source>
        <translation>لم تعد سلسلة مفاتيح هذا الجهاز تحوي مفتاح هذه الخزنة. افتح القفل بعبارة مرورك؛ ويمكنك تفعيل «التذكّر على هذا الجهاز» مجددًا في الإعدادات.</translation>
    </message>
    <message>
        <source>%1 Unlock with your passphrase.</source>
        <translation>%1 افتح القفل بعبارة مرورك.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::LanguageSwitcher</name>
    <message>
        <source>Vitae has no translation for &quot;%1&quot;.</source>
        <translation>لا توجد في Vitae ترجمة لـ «%1».</translation>
    </message>
    <message>
        <source>The %1 translation could not be loaded.</source>
        <translation>تعذّر تحميل الترجمة %1.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::PortfolioViewModel</name>
    <message>
        <source>Write the %1 month as year and month, for example 2019-04.</source>
        <translation>اكتب شهر %1 بصيغة السنة والشهر، مثلًا 2019-04.</translation>
    </message>
    <message>
        <source>Write the role you had, for example “Logistics planning officer”.</source>
        <translation>اكتب الدور الذي شغلته، مثلًا «ضابط تخطيط لوجستي».</translation>
    </message>
    <message>
        <source>start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>end</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تتعذّر قراءة %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 أكبر من %2 ميغابايت.</translation>
    </message>
    <message>
        <source>Added “%1”. It is marked self-asserted: you vouch for it, nobody else has checked it yet.</source>
        <translation>أُضيف «%1». وهو موسوم بأنه ذاتي التصريح: أنت تضمنه، ولم يتحقق منه أحد غيرك بعد.</translation>
    </message>
    <message>
        <source>Choose at least one credential to export.</source>
        <translation>اختر بيان اعتماد واحدًا على الأقل للتصدير.</translation>
    </message>
    <message>
        <source>Open a portfolio first.</source>
        <translation>افتح ملف إنجاز أولًا.</translation>
    </message>
    <message>
        <source>This portfolio is empty: add something to it before exporting.</source>
        <translation>ملف الإنجاز هذا فارغ: أضف إليه شيئًا قبل تصديره.</translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation>اختر ملفًا من هذا الجهاز.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n credential(s) to %1.</source>
        <translation>
            <numerusform>لم يُصدَّر أي بيان اعتماد إلى %1.</numerusform>
            <numerusform>صُدّر بيان اعتماد واحد إلى %1.</numerusform>
            <numerusform>صُدّر بيانا اعتماد إلى %1.</numerusform>
            <numerusform>صُدّرت %n بيانات اعتماد إلى %1.</numerusform>
            <numerusform>صُدّر %n بيان اعتماد إلى %1.</numerusform>
            <numerusform>صُدّر %n بيان اعتماد إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the portfolio a name, for example the job you are applying for.</source>
        <translation>سمِّ ملف الإنجاز، مثلًا باسم الوظيفة التي تتقدم إليها.</translation>
    </message>
    <message>
        <source>Made the portfolio “%1”. Add what it should show.</source>
        <translation>أُنشئ ملف الإنجاز «%1». أضف ما ينبغي أن يعرضه.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>أُعيدت التسمية إلى «%1».</translation>
    </message>
    <message>
        <source>Deleted the portfolio “%1”. Its credentials are still in your vault.</source>
        <translation>حُذف ملف الإنجاز «%1». ولا تزال بيانات اعتماده في خزنتك.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::RequestViewModel</name>
    <message>
        <source>Vitae could not read this request, so nothing was shared. %1</source>
        <translation>تعذّر على Vitae قراءة هذا الطلب، لذا لم يُشارَك شيء. %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>لم يُرسَل شيء: %1</translation>
    </message>
    <message>
        <source>The presentation could not be sent to %1: %2</source>
        <translation>تعذّر إرسال العرض إلى %1: %2</translation>
    </message>
    <message>
        <source>%1 received your presentation but did not accept it. %2</source>
        <translation>تلقّى %1 عرضك لكنه لم يقبله. %2</translation>
    </message>
    <message>
        <source>%1 accepted your presentation. It gave no address to continue at.</source>
        <translation>قبل %1 عرضك. ولم يقدّم عنوانًا للمتابعة.</translation>
    </message>
    <message>
        <source>%1 accepted your presentation. It asks you to continue at the address below; Vitae does not open it for you.</source>
        <translation>قبل %1 عرضك. ويطلب منك المتابعة على العنوان أدناه؛ ولا يفتحه Vitae نيابة عنك.</translation>
    </message>
    <message>
        <source>It was sent, but could not be written to your share log: %1</source>
        <translation>أُرسل، لكن تعذّر تسجيله في سجل المشاركة لديك: %1</translation>
    </message>
    <message>
        <source>You declined the request. Nothing was sent.</source>
        <translation>رفضت الطلب. لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>What you sent is in your share log.</source>
        <translation>ما أرسلته مسجَّل في سجل المشاركة لديك.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::ScannerViewModel</name>
    <message>
        <source>Read %1 of %2 frames. Keep the camera on the code.</source>
        <translation>قُرئ %1 من %2 من الإطارات. أبقِ الكاميرا موجّهة إلى الرمز.</translation>
    </message>
    <message>
        <source>Point the camera at the QR code. An animated code is read frame by frame.</source>
        <translation>وجّه الكاميرا إلى رمز QR. يُقرأ الرمز المتحرك إطارًا بإطار.</translation>
    </message>
    <message>
        <source>No camera was found. Open a picture of the code, or copy the code or its text and paste it.</source>
        <translation>لم يُعثر على كاميرا. افتح صورة للرمز، أو انسخ الرمز أو نصه والصقه.</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>جارٍ قراءة الصورة…</translation>
    </message>
    <message>
        <source>This picture shows one frame of an animated code. Scan the animation with the camera to read every frame.</source>
        <translation>تُظهر هذه الصورة إطارًا واحدًا من رمز متحرك. امسح الحركة بالكاميرا لقراءة كل الإطارات.</translation>
    </message>
    <message>
        <source>This code holds something Vitae does not use. %1</source>
        <translation>يحوي هذا الرمز شيئًا لا يستخدمه Vitae. %1</translation>
    </message>
    <message>
        <source>This code is not one Vitae uses. %1</source>
        <translation>هذا الرمز ليس من الرموز التي يستخدمها Vitae. %1</translation>
    </message>
    <message>
        <source>a picture of a QR code</source>
        <translation>صورة لرمز QR</translation>
    </message>
    <message>
        <source>a scanned QR code</source>
        <translation>رمز QR ممسوح</translation>
    </message>
    <message>
        <source>The code was read whole, but what it carries is not text Vitae can use.</source>
        <translation>قُرئ الرمز كاملًا، لكن ما يحمله ليس نصًا يستطيع Vitae استخدامه.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no text. Copy a QR code or a link first.</source>
        <translation>لا تحوي الحافظة صورة ولا نصًا. انسخ رمز QR أو رابطًا أولًا.</translation>
    </message>
    <message>
        <source>Choose a picture on this device.</source>
        <translation>اختر صورة من هذا الجهاز.</translation>
    </message>
    <message>
        <source>The camera could not start (%1). Open a picture of the code, or paste it.</source>
        <translation>تعذّر تشغيل الكاميرا (%1). افتح صورة للرمز أو الصقه.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::ScreenAwake</name>
    <message>
        <source>The screen may turn off: there is no desktop session to ask.</source>
        <translation>قد تنطفئ الشاشة: لا توجد جلسة سطح مكتب لطلب ذلك منها.</translation>
    </message>
    <message>
        <source>Showing a QR code to a verifier</source>
        <translation>عرض رمز QR على مُتحقِّق</translation>
    </message>
    <message>
        <source>The screen may turn off: keeping it on is not supported on this system yet.</source>
        <translation>قد تنطفئ الشاشة: إبقاؤها مضاءة غير مدعوم على هذا النظام بعد.</translation>
    </message>
    <message>
        <source>The screen may turn off: the desktop did not agree to keep it on.</source>
        <translation>قد تنطفئ الشاشة: لم يوافق سطح المكتب على إبقائها مضاءة.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::SettingsViewModel</name>
    <message>
        <source>Nothing was restored, and the vault you have open was not changed.</source>
        <translation>لم يُستعد شيء، ولم تتغيّر الخزنة المفتوحة لديك.</translation>
    </message>
    <message>
        <source>The backup passphrase is not right. Check it and try again.</source>
        <translation>عبارة مرور النسخة الاحتياطية غير صحيحة. تحقّق منها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The backup file is damaged, so it cannot be restored (%1).</source>
        <translation>ملف النسخة الاحتياطية تالف، لذا لا يمكن استعادته (%1).</translation>
    </message>
    <message>
        <source>This file is not a Vitae backup (%1).</source>
        <translation>هذا الملف ليس نسخة احتياطية من Vitae (%1).</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Vitae. Update Vitae to restore it.</source>
        <translation>صُنعت هذه النسخة الاحتياطية بإصدار أحدث من Vitae. حدّث Vitae لاستعادتها.</translation>
    </message>
    <message>
        <source>%1 Choose a new, empty folder for the restored vault.</source>
        <translation>%1 اختر مجلدًا جديدًا فارغًا للخزنة المستعادة.</translation>
    </message>
    <message>
        <source>The restore was stopped.</source>
        <translation>أُوقفت الاستعادة.</translation>
    </message>
    <message>
        <source>The backup was stopped; no file was written.</source>
        <translation>أُوقف النسخ الاحتياطي، ولم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The disk refused: %1</source>
        <translation>رفض القرص: %1</translation>
    </message>
    <message>
        <source>Unlock your vault first.</source>
        <translation>افتح قفل خزنتك أولًا.</translation>
    </message>
    <message>
        <source>Vitae is free and open source software. It is built on Qt (LGPL 3), libsodium (ISC), SQLCipher (BSD-style), ZXing-C++ (Apache 2.0), qpdf (Apache 2.0), QR Code generator (MIT), OpenSSL (Apache 2.0) and zlib (zlib licence).</source>
        <translation>Vitae برنامج حر ومفتوح المصدر. وهو مبني على Qt (LGPL 3) وlibsodium (ISC) وSQLCipher (على نمط BSD) وZXing-C++ (Apache 2.0) وqpdf (Apache 2.0) وQR Code generator (MIT) وOpenSSL (Apache 2.0) وzlib (رخصة zlib).</translation>
    </message>
    <message>
        <source>Choose one of the auto-lock times offered.</source>
        <translation>اختر إحدى مهل القفل التلقائي المعروضة.</translation>
    </message>
    <message>
        <source>The auto-lock time could not be saved: %1</source>
        <translation>تعذّر حفظ مهلة القفل التلقائي: %1</translation>
    </message>
    <message>
        <source>Vitae will not lock by itself; use Lock now when you leave.</source>
        <translation>لن يُقفل Vitae من تلقاء نفسه؛ استخدم «اقفل الآن» عند مغادرتك.</translation>
    </message>
    <message numerus="yes">
        <source>Vitae locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>يُقفل Vitae فورًا عند عدم الاستخدام.</numerusform>
            <numerusform>يُقفل Vitae بعد دقيقة واحدة دون استخدام.</numerusform>
            <numerusform>يُقفل Vitae بعد دقيقتين دون استخدام.</numerusform>
            <numerusform>يُقفل Vitae بعد %n دقائق دون استخدام.</numerusform>
            <numerusform>يُقفل Vitae بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>يُقفل Vitae بعد %n دقيقة دون استخدام.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trust list %1 cannot be read.</source>
        <translation>تتعذّر قراءة قائمة الثقة %1.</translation>
    </message>
    <message>
        <source>The trust list is larger than %1 MB; Vitae does not read lists that big.</source>
        <translation>قائمة الثقة أكبر من %1 ميغابايت؛ ولا يقرأ Vitae قوائم بهذا الحجم.</translation>
    </message>
    <message>
        <source>This trust list is already in your vault.</source>
        <translation>قائمة الثقة هذه موجودة في خزنتك بالفعل.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>لم يُضف %1: %2</translation>
    </message>
    <message>
        <source>Added the trust list %1. Credentials checked from now on show its issuers as known.</source>
        <translation>أُضيفت قائمة الثقة %1. ستُظهر بيانات الاعتماد التي يُتحقق منها من الآن جهاتها المُصدِرة جهاتٍ معروفة.</translation>
    </message>
    <message>
        <source>The trust list was removed.</source>
        <translation>أُزيلت قائمة الثقة.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>اختر مكان حفظ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Save the backup outside the vault&apos;s own folder, ideally on another drive or device.</source>
        <translation>احفظ النسخة الاحتياطية خارج مجلد الخزنة نفسه، ويُفضَّل على قرص أو جهاز آخر.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the backup.</source>
        <translation>%1 مجلد؛ اختر اسم ملف للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup.</source>
        <translation>اختر عبارة مرور للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation>عبارتا مرور النسخة الاحتياطية غير متطابقتين.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess for a file that holds your whole vault. Add more words.</source>
        <translation>عبارة المرور هذه سهلة التخمين جدًا لملف يحوي خزنتك كلها. أضف مزيدًا من الكلمات.</translation>
    </message>
    <message numerus="yes">
        <source>Saved a backup of %n credential(s) to %1. Keep the backup passphrase safe: without it the backup cannot be restored.</source>
        <translation>
            <numerusform>حُفظت في %1 نسخة احتياطية بلا بيانات اعتماد. احفظ عبارة مرور النسخة الاحتياطية في مكان آمن: فبدونها لا يمكن استعادتها.</numerusform>
            <numerusform>حُفظت في %1 نسخة احتياطية لبيان اعتماد واحد. احفظ عبارة مرور النسخة الاحتياطية في مكان آمن: فبدونها لا يمكن استعادتها.</numerusform>
            <numerusform>حُفظت في %1 نسخة احتياطية لبياني اعتماد. احفظ عبارة مرور النسخة الاحتياطية في مكان آمن: فبدونها لا يمكن استعادتها.</numerusform>
            <numerusform>حُفظت في %1 نسخة احتياطية لـ %n بيانات اعتماد. احفظ عبارة مرور النسخة الاحتياطية في مكان آمن: فبدونها لا يمكن استعادتها.</numerusform>
            <numerusform>حُفظت في %1 نسخة احتياطية لـ %n بيان اعتماد. احفظ عبارة مرور النسخة الاحتياطية في مكان آمن: فبدونها لا يمكن استعادتها.</numerusform>
            <numerusform>حُفظت في %1 نسخة احتياطية لـ %n بيان اعتماد. احفظ عبارة مرور النسخة الاحتياطية في مكان آمن: فبدونها لا يمكن استعادتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>اختر ملف النسخة الاحتياطية المراد استعادته.</translation>
    </message>
    <message>
        <source>Choose a folder for the restored vault.</source>
        <translation>اختر مجلدًا للخزنة المستعادة.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>اكتب عبارة مرور النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the restored vault.</source>
        <translation>اختر عبارة مرور للخزنة المستعادة.</translation>
    </message>
    <message>
        <source>The two passphrases for the restored vault are not the same.</source>
        <translation>عبارتا مرور الخزنة المستعادة غير متطابقتين.</translation>
    </message>
    <message>
        <source>Vitae vault restored %1</source>
        <translation>خزنة Vitae المستعادة %1</translation>
    </message>
    <message>
        <source>Restore into a new folder, not the folder of the vault you have open.</source>
        <translation>استعد في مجلد جديد، لا في مجلد الخزنة المفتوحة لديك.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n credential(s) from a backup made on %1 into a new vault in %2. Your open vault was not changed. To use the restored vault, start Vitae with --vault and that folder.</source>
        <translation>
            <numerusform>لم يُستعد أي بيان اعتماد من نسخة احتياطية صُنعت في %1 إلى خزنة جديدة في %2. لم تتغيّر خزنتك المفتوحة. لاستخدام الخزنة المستعادة، شغّل Vitae مع --vault وذلك المجلد.</numerusform>
            <numerusform>استُعيد بيان اعتماد واحد من نسخة احتياطية صُنعت في %1 إلى خزنة جديدة في %2. لم تتغيّر خزنتك المفتوحة. لاستخدام الخزنة المستعادة، شغّل Vitae مع --vault وذلك المجلد.</numerusform>
            <numerusform>استُعيد بيانا اعتماد من نسخة احتياطية صُنعت في %1 إلى خزنة جديدة في %2. لم تتغيّر خزنتك المفتوحة. لاستخدام الخزنة المستعادة، شغّل Vitae مع --vault وذلك المجلد.</numerusform>
            <numerusform>استُعيدت %n بيانات اعتماد من نسخة احتياطية صُنعت في %1 إلى خزنة جديدة في %2. لم تتغيّر خزنتك المفتوحة. لاستخدام الخزنة المستعادة، شغّل Vitae مع --vault وذلك المجلد.</numerusform>
            <numerusform>استُعيد %n بيان اعتماد من نسخة احتياطية صُنعت في %1 إلى خزنة جديدة في %2. لم تتغيّر خزنتك المفتوحة. لاستخدام الخزنة المستعادة، شغّل Vitae مع --vault وذلك المجلد.</numerusform>
            <numerusform>استُعيد %n بيان اعتماد من نسخة احتياطية صُنعت في %1 إلى خزنة جديدة في %2. لم تتغيّر خزنتك المفتوحة. لاستخدام الخزنة المستعادة، شغّل Vitae مع --vault وذلك المجلد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::gui::ShareViewModel</name>
    <message>
        <source>the whole credential</source>
        <translation>بيانات الاعتماد كاملة</translation>
    </message>
    <message>
        <source>only what the issuer always shows</source>
        <translation>ما تُظهره الجهة المُصدِرة دائمًا فقط</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A hosted badge is not signed, so it cannot be presented.</source>
        <translation>الشارة المستضافة غير موقّعة، لذا لا يمكن عرضها.</translation>
    </message>
    <message>
        <source>Choose what to show. Unticked claims stay private; what the issuer made always visible is shown.</source>
        <translation>اختر ما تُظهره. تبقى الادعاءات غير المحددة خاصة؛ ويُعرض ما جعلته الجهة المُصدِرة ظاهرًا دائمًا.</translation>
    </message>
    <message>
        <source>This credential is shared whole: its format does not let you hide parts of it.</source>
        <translation>تُشارَك بيانات الاعتماد هذه كاملة: صيغتها لا تسمح بإخفاء أجزاء منها.</translation>
    </message>
    <message>
        <source>a verifier (no domain given)</source>
        <translation>مُتحقِّق (دون نطاق)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Choose at least one credential to share.</source>
        <translation>اختر بيان اعتماد واحدًا على الأقل لمشاركته.</translation>
    </message>
    <message>
        <source>Type the challenge the verifier gave you, so this presentation works only for them.</source>
        <translation>اكتب التحدّي الذي أعطاك إياه المُتحقِّق، كي لا يصلح هذا العرض إلا له.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <source>This presentation is too large for a QR code. Save it as a file and send that instead.</source>
        <translation>هذا العرض أكبر من أن يتسع له رمز QR. احفظه كملف وأرسل الملف بدلًا منه.</translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation>اختر ملفًا من هذا الجهاز.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1. It is in your share log.</source>
        <translation>حُفظ في %1. وهو مسجَّل في سجل المشاركة لديك.</translation>
    </message>
    <message>
        <source>The link is copied: paste it into an e-mail or a chat. It is in your share log.</source>
        <translation>نُسخ الرابط: الصقه في بريد إلكتروني أو محادثة. وهو مسجَّل في سجل المشاركة لديك.</translation>
    </message>
    <message>
        <source>a verifier&apos;s request</source>
        <translation>طلب من مُتحقِّق</translation>
    </message>
</context>
<context>
    <name>vitae::gui::SkillsViewModel</name>
    <message>
        <source>In your and your issuers&apos; own words</source>
        <translation>بكلماتك وكلمات الجهات المُصدِرة</translation>
    </message>
    <message>
        <source>Backed by a credential someone else issued</source>
        <translation>مدعومة ببيانات اعتماد أصدرها شخص آخر</translation>
    </message>
    <message>
        <source>Only self-asserted so far</source>
        <translation>ذاتية التصريح فقط حتى الآن</translation>
    </message>
</context>
<context>
    <name>vitae::gui::VaultWorker</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تتعذّر قراءة %1.</translation>
    </message>
    <message>
        <source>Unlock your vault first; the link waits for you.</source>
        <translation>افتح قفل خزنتك أولًا؛ الرابط بانتظارك.</translation>
    </message>
    <message>
        <source>%1 asks for the transaction code it sent you</source>
        <translation>يطلب %1 رمز المعاملة الذي أرسله إليك</translation>
    </message>
    <message numerus="yes">
        <source> (%n digits)</source>
        <translation>
            <numerusform> (بلا أرقام)</numerusform>
            <numerusform> (رقم واحد)</numerusform>
            <numerusform> (رقمان)</numerusform>
            <numerusform> (%n أرقام)</numerusform>
            <numerusform> (%n رقمًا)</numerusform>
            <numerusform> (%n رقم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n characters)</source>
        <translation>
            <numerusform> (بلا أحرف)</numerusform>
            <numerusform> (حرف واحد)</numerusform>
            <numerusform> (حرفان)</numerusform>
            <numerusform> (%n أحرف)</numerusform>
            <numerusform> (%n حرفًا)</numerusform>
            <numerusform> (%n حرف)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::gui::VerifierViewModel</name>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Made for your challenge by the holder, and every credential checks out.</source>
        <translation>أعدّه الحامل لتحدّيك، وكل بيانات الاعتماد سليمة.</translation>
    </message>
    <message>
        <source>Verified, with warnings</source>
        <translation>تم التحقق، مع تحذيرات</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>لم يُتحقق منها</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>تعذّر التحقق</translation>
    </message>
    <message>
        <source>(unreadable credential)</source>
        <translation>(بيانات اعتماد غير مقروءة)</translation>
    </message>
    <message>
        <source>A presentation from a link is loaded. Type the challenge you gave the learner: it verifies only against the challenge it was made for.</source>
        <translation>حُمّل عرض من رابط. اكتب التحدّي الذي أعطيته للمتعلّم: فلا يُتحقق منه إلا مقابل التحدّي الذي أُعدّ له.</translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation>اختر ملفًا من هذا الجهاز.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تتعذّر قراءة %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a presentation.</source>
        <translation>%1 أكبر من أن يكون عرضًا.</translation>
    </message>
    <message>
        <source>This is not a presentation link.</source>
        <translation>هذا ليس رابط عرض.</translation>
    </message>
    <message>
        <source>The presentation link cannot be read: %1</source>
        <translation>تتعذّر قراءة رابط العرض: %1</translation>
    </message>
    <message>
        <source>Paste the presentation, or open its file.</source>
        <translation>الصق العرض أو افتح ملفه.</translation>
    </message>
    <message>
        <source>Type the challenge you gave the learner, or make a new one first.</source>
        <translation>اكتب التحدّي الذي أعطيته للمتعلّم، أو أنشئ تحدّيًا جديدًا أولًا.</translation>
    </message>
</context>
</TS>
