<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/about_dialog.py" line="+53" />
            <location line="+1" />
            <source>À propos de Parcours 1000 jours</source>
            <translation>حول تطبيق Parcours 1000 jours (مسار الأيام الألف)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Informations sur l'application</source>
            <translation>معلومات عن التطبيق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fermer</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Version %1</source>
            <translation>الإصدار %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Règles françaises : version %1, vérifiées le %2.</source>
            <translation>القواعد الفرنسية: الإصدار %1، تم التحقق منها في %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Vos données restent sur cet ordinateur, dans votre dossier personnel, lisibles par vous seul. L'application ne se connecte jamais à Internet, n'a pas de compte et n'envoie rien.</source>
            <translation>تبقى بياناتك على هذا الحاسوب، في مجلدك الشخصي، ولا يستطيع قراءتها أحد غيرك. لا يتصل التطبيق بالإنترنت أبدًا، ولا يحتاج إلى حساب، ولا يرسل أي شيء.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chaque règle et chaque lien citent leur source officielle (Légifrance, ameli, service-public, ministère de la Santé, Santé publique France) et la date de leur vérification. La liste complète est dans le parcours, sur chaque étape, et dans le fichier RULES.md fourni avec l'application.</source>
            <translation>كل قاعدة وكل رابط يذكر مصدره الرسمي (Légifrance، ameli، service-public، وزارة الصحة، Santé publique France) وتاريخ التحقق منه. تجد القائمة الكاملة في المسار، في كل مرحلة، وفي الملف RULES.md المرفق بالتطبيق.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>L'auto-questionnaire est une aide au repérage, jamais un diagnostic. En cas de détresse, appelez le 3114 (à toute heure), le 15 ou le 112.</source>
            <translation>الاختبار الذاتي وسيلة مساعدة على الكشف المبكر، وليس تشخيصًا أبدًا. في حالة الضيق الشديد، اتصل بالرقم 3114 (في أي ساعة)، أو 15 أو 112.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Licence : EUPL 1.2, logiciel libre.</source>
            <translation>الترخيص: EUPL 1.2، برنامج حر.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Parcours 1000 jours</source>
            <translation type="vanished">مسار الأيام الألف (Parcours 1000 jours)</translation>
        </message>
        <message>
            <location filename="../src/parcours_app/ui/app.py" line="+266" />
            <source>Aujourd'hui</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <location line="+79" />
            <source>cet ordinateur</source>
            <translation>هذا الحاسوب</translation>
        </message>
        <message>
            <location line="+108" />
            <source>Effacer la consultation</source>
            <translation>مسح الاستشارة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les dates et tout ce qui a été saisi pendant cette consultation seront effacés, comme avec « Terminer ». Les données enregistrées sur cet ordinateur ne sont pas touchées. Continuer ?</source>
            <translation>ستُمسح التواريخ وكل ما أُدخل خلال هذه الاستشارة، كما يحدث عند «إنهاء». لا تُمسّ البيانات المحفوظة على هذا الحاسوب. هل تريد المتابعة؟</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Supprimer toutes les données</source>
            <translation>حذف جميع البيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Toutes les dates, les étapes cochées, les notes, les rendez-vous et les résultats d'auto-test de cet ordinateur seront effacés. Cette action est définitive. Continuer ?</source>
            <translation>سيتم مسح جميع التواريخ والمراحل المؤشَّر عليها والملاحظات والمواعيد ونتائج الاختبار الذاتي على هذا الحاسوب. هذا الإجراء نهائي. هل تريد المتابعة؟</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/appointment_dialog.py" line="+81" />
            <source>Ajouter un rendez-vous</source>
            <translation>إضافة موعد</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modifier le rendez-vous</source>
            <translation>تعديل الموعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rendez-vous pour : %1</source>
            <translation>موعد لـ: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date :</source>
            <translation>ال&amp;تاريخ:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Heure :</source>
            <translation>ال&amp;ساعة:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lieu :</source>
            <translation>ال&amp;مكان:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note :</source>
            <translation>م&amp;لاحظة:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date du rendez-vous</source>
            <translation>تاريخ الموعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heure du rendez-vous</source>
            <translation>ساعة الموعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lieu du rendez-vous</source>
            <translation>مكان الموعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cabinet, maternité, PMI…</source>
            <translation>عيادة، مستشفى ولادة، مركز PMI…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note sur le rendez-vous</source>
            <translation>ملاحظة حول الموعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Enregistrer</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Annuler</source>
            <translation>إل&amp;غاء</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Supprimer le rendez-vous</source>
            <translation>حذف الموعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supprimer le rendez-vous du %1 ?</source>
            <translation>هل تريد حذف موعد %1؟</translation>
        </message>
    </context>
    <context>
        <name>BadRowsDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/recovery.py" line="+370" />
            <source>La dernière sauvegarde lisible date du %1 à %2 : %3 enfant(s), %4 grossesse(s), %5 étape(s) suivie(s), %6 rendez-vous. Ce qui a été saisi depuis serait à refaire.</source>
            <translation>آخر نسخة احتياطية قابلة للقراءة بتاريخ %1 على الساعة ⁦%2⁩: عدد الأطفال ⁦%3⁩، عدد حالات الحمل ⁦%4⁩، عدد الخطوات المتابَعة ⁦%5⁩، عدد المواعيد ⁦%6⁩. ما أُدخل بعد ذلك يجب إدخاله من جديد.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Quelques données ne peuvent pas être lues</source>
            <translation>تعذّرت قراءة بعض البيانات</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Le fichier de vos données est en bon état, mais %1 ligne(s) contiennent une valeur impossible (une date qui n'existe pas, par exemple). Tout le reste peut être gardé.</source>
            <translation>ملف بياناتك سليم، لكن ⁦%1⁩ سطرًا (أسطر) تحتوي على قيمة مستحيلة (تاريخ غير موجود مثلًا). يمكن الاحتفاظ بكل ما تبقّى.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Garder le reste et mettre ces lignes de côté</source>
            <translation>ا&amp;حتفظ بالباقي وضع هذه الأسطر جانبًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restaurer la dernière sauvegarde lisible</source>
            <translation>ا&amp;سترجع آخر نسخة احتياطية قابلة للقراءة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quitter sans rien changer</source>
            <translation>&amp;خروج دون تغيير أي شيء</translation>
        </message>
    </context>
    <context>
        <name>CalendarExportDialog</name>
        <message>
            <source>parcours-1000-jours.ics</source>
            <translation type="vanished">parcours-1000-jours-ar.ics</translation>
        </message>
        <message>
            <location filename="../src/parcours_app/ui/export_dialogs.py" line="+286" />
            <source>parcours-1000-jours</source>
            <translation>مسار-الألف-يوم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enregistrer le calendrier</source>
            <translation>حفظ التقويم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Calendrier (*.ics)</source>
            <translation>تقويم (*.ics)</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+1" />
            <location line="+4" />
            <source>Ajouter à mon agenda</source>
            <translation>إضافة إلى أجندتي</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enregistrez un fichier de calendrier (.ics), puis ouvrez-le avec l’agenda de votre téléphone ou de votre ordinateur. Si vous avez déjà importé un plan, le nouveau fichier met à jour les mêmes événements au lieu de les doubler.</source>
            <translation>احفظ ملف تقويم (.ics)، ثم افتحه بتطبيق الأجندة في هاتفك أو حاسوبك. إذا كنت قد استوردت خطة من قبل، فإن الملف الجديد يحدّث الأحداث نفسها بدل أن يكرّرها.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rappels</source>
            <translation>التذكيرات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Le jour même (9 h), et 1 heure avant un rendez-vous</source>
            <translation>في اليوم نفسه (الساعة 9)، وقبل الموعد بساعة واحدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La veille (9 h)</source>
            <translation>في اليوم السابق (الساعة 9)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Une semaine avant (9 h)</source>
            <translation>قبل أسبوع (الساعة 9)</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n minute(s) avant</source>
            <translation>
                <numerusform>قبل %n دقيقة</numerusform>
                <numerusform>قبل دقيقة واحدة</numerusform>
                <numerusform>قبل دقيقتين</numerusform>
                <numerusform>قبل %n دقائق</numerusform>
                <numerusform>قبل %n دقيقة</numerusform>
                <numerusform>قبل %n دقيقة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rappel : %1</source>
            <translation>تذكير: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ajouter mes &amp;rendez-vous</source>
            <translation>إضافة &amp;مواعيدي</translation>
        </message>
        <message>
            <source>Ajouter mes rendez-vous</source>
            <translation type="vanished">إضافة مواعيدي</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Enregistrer le fichier…</source>
            <translation>&amp;حفظ الملف…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Enregistrer le fichier de calendrier</source>
            <translation>حفظ ملف التقويم</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Le catalogue de règles est introuvable : %1.</source>
            <extracomment>From src/parcours_app/core/rules.py:238</extracomment>
            <translation>تعذّر العثور على دليل القواعد: %1.</translation>
        </message>
        <message>
            <source>Aucun fichier de règles dans %1.</source>
            <extracomment>From src/parcours_app/core/rules.py:240</extracomment>
            <translation>لا يوجد أي ملف قواعد في %1.</translation>
        </message>
        <message>
            <source>Fichier de règles %1, entrée %2 : %3.</source>
            <extracomment>From src/parcours_app/core/rules.py:325</extracomment>
            <translation>ملف القواعد %1، المُدخل %2: %3.</translation>
        </message>
        <message>
            <source>Fichier de règles %1 : %2.</source>
            <extracomment>From src/parcours_app/core/rules.py:326</extracomment>
            <translation>ملف القواعد %1: %2.</translation>
        </message>
    </context>
    <context>
        <name>ChildDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+805" />
            <source>Prénom du bébé %1 :</source>
            <translation>اسم الطفل %1:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nos enfants sont nés</source>
            <translation>وُلد أطفالنا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nés &amp;prématurés (avant 37 SA)</source>
            <translation>وُلدوا &amp;قبل الأوان (قبل 37 أسبوعًا)</translation>
        </message>
        <message>
            <source>Nés prématurés (avant 37 SA)</source>
            <translation type="vanished">وُلدوا قبل الأوان (قبل 37 أسبوعًا)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Prénom du bébé 1 (facultatif) :</source>
            <translation>الاسم الأول للرضيع &amp;1 (اختياري):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notre enfant est né</source>
            <translation>وُلد طفلنا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ajouter un enfant</source>
            <translation>إضافة طفل</translation>
        </message>
        <message>
            <location line="+47" />
            <source>%1 SA + %2 j</source>
            <translation>%1 أسبوع + %2 يوم</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Naissance à %1 : avant 37 SA, c'est une naissance prématurée.</source>
            <translation>الولادة عند %1: قبل 37 أسبوعًا، إنها ولادة مبكرة.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Naissance à %1.</source>
            <translation>الولادة عند %1.</translation>
        </message>
    </context>
    <context>
        <name>ChildFields</name>
        <message>
            <location line="-600" />
            <source>Date de &amp;naissance :</source>
            <translation>تاريخ ال&amp;ولادة:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Prénom (facultatif) :</source>
            <translation>الا&amp;سم (اختياري):</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Terme qui était &amp;prévu (facultatif) :</source>
            <translation>موعد الولادة الذي كان &amp;متوقعًا (اختياري):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Avec le terme prévu, le calendrier calcule aussi les congés de maternité et de paternité.</source>
            <translation>مع موعد الولادة المتوقع، يحسب التقويم أيضًا إجازتي الأمومة والأبوة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Né(e) &amp;prématuré(e) (avant 37 SA)</source>
            <translation>وُلد &amp;قبل الأوان (قبل 37 أسبوعًا من انقطاع الطمث، SA)</translation>
        </message>
        <message>
            <source>Né(e) prématuré(e) (avant 37 SA)</source>
            <translation type="vanished">وُلد قبل الأوان (قبل 37 أسبوعًا من انقطاع الطمث، SA)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Dernières règles : %1   Début de grossesse : %2   Terme : %3</source>
            <extracomment>From src/parcours_app/cli.py:508</extracomment>
            <translation>آخر دورة شهرية: %1   بداية الحمل: %2   موعد الولادة المتوقع: %3</translation>
        </message>
        <message>
            <source>(dernières règles indiquées : %1 ; les SA comptent depuis la date corrigée %2)</source>
            <extracomment>From src/parcours_app/cli.py:518</extracomment>
            <translation>(آخر دورة شهرية مُدخلة: %1؛ تُحسب أسابيع انقطاع الطمث (SA) من التاريخ المصحَّح %2)</translation>
        </message>
        <message>
            <source>Naissance : %1</source>
            <extracomment>From src/parcours_app/cli.py:526; src/parcours_app/cli.py:530</extracomment>
            <translation>الولادة: %1</translation>
        </message>
        <message>
            <source>%1 du %2</source>
            <extracomment>From src/parcours_app/cli.py:527</extracomment>
            <translation>%1 بتاريخ %2</translation>
        </message>
        <message>
            <source>Aujourd'hui : %1   Règles : %2</source>
            <extracomment>From src/parcours_app/cli.py:531</extracomment>
            <translation>اليوم: %1   القواعد: %2</translation>
        </message>
        <message>
            <source>Début</source>
            <extracomment>From src/parcours_app/cli.py:533</extracomment>
            <translation>البداية</translation>
        </message>
        <message>
            <source>Fin</source>
            <extracomment>From src/parcours_app/cli.py:533</extracomment>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>Statut</source>
            <extracomment>From src/parcours_app/cli.py:533</extracomment>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Étape</source>
            <extracomment>From src/parcours_app/cli.py:533</extracomment>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>obligatoire</source>
            <extracomment>From src/parcours_app/cli.py:536</extracomment>
            <translation>إلزامي</translation>
        </message>
        <message>
            <source>recommandé</source>
            <extracomment>From src/parcours_app/cli.py:536</extracomment>
            <translation>موصى به</translation>
        </message>
        <message>
            <source>* date estimée à partir du terme : elle sera recalculée avec la date de naissance.</source>
            <extracomment>From src/parcours_app/cli.py:547</extracomment>
            <translation>* تاريخ مقدَّر انطلاقًا من موعد الولادة المتوقع: سيُعاد حسابه بتاريخ الولادة.</translation>
        </message>
        <message>
            <source>date impossible ou mal écrite « %1 » : écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA (par exemple 2026-03-02)</source>
            <extracomment>From src/parcours_app/cli.py:100</extracomment>
            <translation>تاريخ غير ممكن أو مكتوب بشكل خاطئ «%1»: اكتبه بالشكل YYYY-MM-DD (السنة-الشهر-اليوم) أو DD/MM/YYYY (اليوم/الشهر/السنة) (مثلًا 2026-03-02)</translation>
        </message>
        <message>
            <source>utilisation : </source>
            <extracomment>From src/parcours_app/argparse_i18n.py:19</extracomment>
            <translation>الاستخدام: </translation>
        </message>
        <message>
            <source>options</source>
            <extracomment>From src/parcours_app/argparse_i18n.py:20</extracomment>
            <translation>الخيارات</translation>
        </message>
        <message>
            <source>arguments</source>
            <extracomment>From src/parcours_app/argparse_i18n.py:21</extracomment>
            <translation>المعطيات</translation>
        </message>
        <message>
            <source>afficher cette aide et quitter</source>
            <extracomment>From src/parcours_app/argparse_i18n.py:22</extracomment>
            <translation>عرض هذه المساعدة ثم الخروج</translation>
        </message>
        <message>
            <source>commandes</source>
            <extracomment>From src/parcours_app/argparse_i18n.py:23</extracomment>
            <translation>الأوامر</translation>
        </message>
        <message>
            <source>option inconnue : %1</source>
            <extracomment>From src/parcours_app/cli.py:49</extracomment>
            <translation>خيار غير معروف: %1</translation>
        </message>
        <message>
            <source>il manque la valeur après l'option</source>
            <extracomment>From src/parcours_app/cli.py:50</extracomment>
            <translation>القيمة ناقصة بعد الخيار</translation>
        </message>
        <message>
            <source>choix impossible : %1</source>
            <extracomment>From src/parcours_app/cli.py:51</extracomment>
            <translation>اختيار غير ممكن: %1</translation>
        </message>
        <message>
            <source>valeur en trop : %1</source>
            <extracomment>From src/parcours_app/cli.py:52</extracomment>
            <translation>قيمة زائدة: %1</translation>
        </message>
        <message>
            <source>région inconnue « %1 » : choisissez parmi %2</source>
            <extracomment>From src/parcours_app/cli.py:115</extracomment>
            <translation>منطقة غير معروفة «%1»: اختر من بين %2</translation>
        </message>
        <message>
            <source>« %1 » : indiquez un nombre entier de %2 à %3</source>
            <extracomment>From src/parcours_app/cli.py:128</extracomment>
            <translation>«%1»: أدخل عددًا صحيحًا من %2 إلى %3</translation>
        </message>
        <message>
            <source>Calcule le calendrier des 1000 premiers jours à partir d'une date de la grossesse.</source>
            <extracomment>From src/parcours_app/cli.py:170</extracomment>
            <translation>يحسب تقويم الأيام الألف الأولى انطلاقًا من أحد تواريخ الحمل.</translation>
        </message>
        <message>
            <source>premier jour des dernières règles</source>
            <extracomment>From src/parcours_app/cli.py:172</extracomment>
            <translation>اليوم الأول من آخر دورة شهرية</translation>
        </message>
        <message>
            <source>durée du cycle (défaut 28)</source>
            <extracomment>From src/parcours_app/cli.py:178</extracomment>
            <translation>مدة الدورة الشهرية (القيمة الافتراضية 28)</translation>
        </message>
        <message>
            <source>date de début de grossesse (1re échographie)</source>
            <extracomment>From src/parcours_app/cli.py:180</extracomment>
            <translation>تاريخ بداية الحمل (الفحص الأول بالموجات فوق الصوتية)</translation>
        </message>
        <message>
            <source>date présumée d'accouchement donnée par un professionnel</source>
            <extracomment>From src/parcours_app/cli.py:182</extracomment>
            <translation>موعد الولادة المتوقع الذي حدّده مختص صحي</translation>
        </message>
        <message>
            <source>date de naissance réelle</source>
            <extracomment>From src/parcours_app/cli.py:139</extracomment>
            <translation>تاريخ الولادة الفعلي</translation>
        </message>
        <message>
            <source>enfants déjà nés</source>
            <extracomment>From src/parcours_app/cli.py:142</extracomment>
            <translation>عدد الأطفال المولودين من قبل</translation>
        </message>
        <message>
            <source>bébés attendus (3 = trois ou plus)</source>
            <extracomment>From src/parcours_app/cli.py:141</extracomment>
            <translation>عدد الأجنّة المنتظَرين (3 = ثلاثة أو أكثر)</translation>
        </message>
        <message>
            <source>metropole, alsace-moselle, ...</source>
            <extracomment>From src/parcours_app/cli.py:152</extracomment>
            <translation>مثلًا: metropole, alsace-moselle, ...</translation>
        </message>
        <message>
            <source>début du congé de naissance</source>
            <extracomment>From src/parcours_app/cli.py:158</extracomment>
            <translation>بداية إجازة الميلاد للوالد الثاني (congé de naissance)</translation>
        </message>
        <message>
            <source>date prise pour aujourd'hui (défaut : date du système)</source>
            <extracomment>From src/parcours_app/cli.py:186; src/parcours_app/cli.py:619</extracomment>
            <translation>التاريخ المعتمَد كتاريخ اليوم (افتراضيًا: تاريخ النظام)</translation>
        </message>
        <message>
            <source>langue des textes</source>
            <extracomment>From src/parcours_app/cli.py:188; src/parcours_app/cli.py:364; src/parcours_app/cli.py:621</extracomment>
            <translation>لغة النصوص</translation>
        </message>
        <message>
            <source>table, json, ics ou pdf</source>
            <extracomment>From src/parcours_app/cli.py:189</extracomment>
            <translation>table أو json أو ics أو pdf</translation>
        </message>
        <message>
            <source>FICHIER</source>
            <extracomment>From src/parcours_app/cli.py:191; src/parcours_app/ui/app.py:95</extracomment>
            <translation>ملف</translation>
        </message>
        <message>
            <source>fichier où écrire (obligatoire pour ics et pdf)</source>
            <extracomment>From src/parcours_app/cli.py:191</extracomment>
            <translation>الملف الذي تُكتب فيه النتيجة (إلزامي لصيغتي ics وpdf)</translation>
        </message>
        <message>
            <source>seulement les étapes obligatoires</source>
            <extracomment>From src/parcours_app/cli.py:193</extracomment>
            <translation>المراحل الإلزامية فقط</translation>
        </message>
        <message>
            <source>seulement les étapes d'un enfant ou d'une grossesse (sa clé)</source>
            <extracomment>From src/parcours_app/cli.py:195</extracomment>
            <translation>مراحل طفل واحد أو حمل واحد فقط (مفتاحه)</translation>
        </message>
        <message>
            <source>parcours : indiquez une commande : calendar ou data.</source>
            <extracomment>From src/parcours_app/cli.py:211</extracomment>
            <translation type="vanished">parcours: حدّد أمرًا: calendar أو data.</translation>
        </message>
        <message>
            <source>parcours : commande inconnue « %1 » : utilisez calendar ou data.</source>
            <extracomment>From src/parcours_app/cli.py:222</extracomment>
            <translation type="vanished">parcours: أمر غير معروف «%1»: استخدم calendar أو data.</translation>
        </message>
        <message>
            <source>indiquez une date : --ddr, --conception ou --due (et --birth une fois le bébé né)</source>
            <extracomment>From src/parcours_app/cli.py:265</extracomment>
            <translation>حدّد تاريخًا: --ddr أو --conception أو --due (و--birth بعد ولادة الطفل)</translation>
        </message>
        <message>
            <source>avec --multiple ou --children-before, indiquez aussi le terme (--due) pour calculer les congés</source>
            <extracomment>From src/parcours_app/cli.py:269</extracomment>
            <translation>مع --multiple أو --children-before، حدّد أيضًا موعد الولادة المتوقع (--due) لحساب الإجازات</translation>
        </message>
        <message>
            <source>le format %1 s'écrit dans un fichier : ajoutez --output FICHIER</source>
            <extracomment>From src/parcours_app/cli.py:274</extracomment>
            <translation>الصيغة %1 تُكتب في ملف: أضف --output FILE (FILE: اسم الملف)</translation>
        </message>
        <message>
            <source>impossible d'écrire %1 (%2) : choisissez un autre fichier</source>
            <extracomment>From src/parcours_app/cli.py:675</extracomment>
            <translation>تعذّرت كتابة %1 (%2): اختر ملفًا آخر</translation>
        </message>
        <message>
            <source>parcours calendar : erreur : %1</source>
            <extracomment>From src/parcours_app/cli.py:460</extracomment>
            <translation>parcours calendar: خطأ: %1</translation>
        </message>
        <message>
            <source>période mal écrite « %1 » : écrivez par exemple %2 (début avant la fin)</source>
            <extracomment>From src/parcours_app/cli.py:568</extracomment>
            <translation>فترة مكتوبة بشكل خاطئ « %1 »: اكتب مثلًا %2 (البداية قبل النهاية)</translation>
        </message>
        <message>
            <source>Vérifie les congés prévus des deux parents (salariés du privé) et donne les dates de prévenance.</source>
            <extracomment>From src/parcours_app/cli.py:583</extracomment>
            <translation>يتحقق من الإجازات المخططة للوالدين (الأجراء في القطاع الخاص) ويعطي مواعيد إخطار صاحب العمل.</translation>
        </message>
        <message>
            <source>date présumée d'accouchement</source>
            <extracomment>From src/parcours_app/cli.py:587</extracomment>
            <translation>التاريخ المتوقع للولادة</translation>
        </message>
        <message>
            <source>bébés attendus</source>
            <extracomment>From src/parcours_app/cli.py:565</extracomment>
            <translation type="vanished">عدد المواليد المتوقعين</translation>
        </message>
        <message>
            <source>région</source>
            <extracomment>From src/parcours_app/cli.py:571</extracomment>
            <translation type="vanished">المنطقة</translation>
        </message>
        <message>
            <source>semaines du congé prénatal reportées après la naissance (0 à 3)</source>
            <extracomment>From src/parcours_app/cli.py:594</extracomment>
            <translation>أسابيع إجازة ما قبل الولادة المؤجلة إلى ما بعد الولادة (من 0 إلى 3)</translation>
        </message>
        <message>
            <source>DÉBUT:FIN</source>
            <extracomment>From src/parcours_app/cli.py:598</extracomment>
            <translation>البداية:النهاية</translation>
        </message>
        <message>
            <source>une période du congé de paternité (au plus 2)</source>
            <extracomment>From src/parcours_app/cli.py:602</extracomment>
            <translation>فترة من إجازة الأبوة (فترتان على الأكثر)</translation>
        </message>
        <message>
            <source>PARENT:DÉBUT:FIN</source>
            <extracomment>From src/parcours_app/cli.py:606</extracomment>
            <translation>الوالد:البداية:النهاية</translation>
        </message>
        <message>
            <source>une période du congé supplémentaire de naissance (birth-parent ou second-parent)</source>
            <extracomment>From src/parcours_app/cli.py:610</extracomment>
            <translation>فترة من إجازة الميلاد الإضافية (birth-parent أو second-parent)</translation>
        </message>
        <message>
            <source>proposer un plan de départ</source>
            <extracomment>From src/parcours_app/cli.py:612</extracomment>
            <translation>اقتراح خطة أولية</translation>
        </message>
        <message>
            <source>le plan a été fait avant la naissance (signale ce que la vraie date remet en cause)</source>
            <extracomment>From src/parcours_app/cli.py:616</extracomment>
            <translation>أُعدّت الخطة قبل الولادة (يُنبّه إلى ما يخالفه التاريخ الفعلي)</translation>
        </message>
        <message>
            <source>text ou json</source>
            <extracomment>From src/parcours_app/cli.py:365; src/parcours_app/cli.py:622</extracomment>
            <translation>text أو json</translation>
        </message>
        <message>
            <source>parcours : indiquez une commande : calendar, today, data ou leave.</source>
            <extracomment>From src/parcours_app/cli.py:216</extracomment>
            <translation>parcours: حدّد أمرًا: calendar أو today أو data أو leave.</translation>
        </message>
        <message>
            <source>parcours : commande inconnue « %1 » : utilisez calendar, today, data ou leave.</source>
            <extracomment>From src/parcours_app/cli.py:230</extracomment>
            <translation>parcours: أمر غير معروف «%1»: استخدم calendar أو today أو data أو leave.</translation>
        </message>
        <message>
            <source>Ce que la page Aujourd'hui montre pour la famille enregistrée (lecture seule).</source>
            <extracomment>From src/parcours_app/cli.py:360</extracomment>
            <translation>ما تعرضه صفحة «اليوم» للعائلة المسجّلة (قراءة فقط).</translation>
        </message>
        <message>
            <source>dossier des données</source>
            <extracomment>From src/parcours_app/cli.py:362</extracomment>
            <translation>مجلد البيانات</translation>
        </message>
        <message>
            <source>date prise comme aujourd'hui</source>
            <extracomment>From src/parcours_app/cli.py:363</extracomment>
            <translation>التاريخ المعتمد على أنه اليوم</translation>
        </message>
        <message>
            <source>parcours today : aucune famille n'est enregistrée dans %1.</source>
            <extracomment>From src/parcours_app/cli.py:381</extracomment>
            <translation>parcours today: لا توجد عائلة مسجّلة في %1.</translation>
        </message>
        <message>
            <source>En cours</source>
            <extracomment>From src/parcours_app/cli.py:401</extracomment>
            <translation>جارية الآن</translation>
        </message>
        <message>
            <source>À faire cette semaine</source>
            <extracomment>From src/parcours_app/cli.py:402</extracomment>
            <translation>للقيام به هذا الأسبوع</translation>
        </message>
        <message>
            <source>Prochaines étapes</source>
            <extracomment>From src/parcours_app/cli.py:403</extracomment>
            <translation>المراحل القادمة</translation>
        </message>
        <message>
            <source>À rattraper</source>
            <extracomment>From src/parcours_app/cli.py:404</extracomment>
            <translation>للاستدراك</translation>
        </message>
        <message>
            <source>Étapes passées à confirmer</source>
            <extracomment>From src/parcours_app/cli.py:405</extracomment>
            <translation>مراحل سابقة بحاجة إلى تأكيد</translation>
        </message>
        <message>
            <source>Aujourd'hui, %1</source>
            <extracomment>From src/parcours_app/cli.py:426</extracomment>
            <translation>اليوم، %1</translation>
        </message>
        <message>
            <source>du %1 au %2</source>
            <extracomment>From src/parcours_app/cli.py:432</extracomment>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <source>le %1</source>
            <extracomment>From src/parcours_app/cli.py:436</extracomment>
            <translation>في %1</translation>
        </message>
        <message>
            <source> (obligatoire)</source>
            <extracomment>From src/parcours_app/cli.py:437</extracomment>
            <translation> (إلزامي)</translation>
        </message>
        <message>
            <source>Rendez-vous des 7 prochains jours</source>
            <extracomment>From src/parcours_app/cli.py:440</extracomment>
            <translation>مواعيد الأيام السبعة القادمة</translation>
        </message>
        <message>
            <source>le %1 à %2</source>
            <extracomment>From src/parcours_app/cli.py:442</extracomment>
            <translation>في %1 الساعة %2</translation>
        </message>
        <message>
            <source>Rendez-vous</source>
            <extracomment>From src/parcours_app/cli.py:448</extracomment>
            <translation>موعد</translation>
        </message>
        <message>
            <source>parcours leave : erreur : %1</source>
            <extracomment>From src/parcours_app/cli.py:680</extracomment>
            <translation>parcours leave: خطأ: %1</translation>
        </message>
        <message>
            <source>Terme : %1   Naissance : %2</source>
            <extracomment>From src/parcours_app/cli.py:742</extracomment>
            <translation>موعد الولادة المتوقع: %1   الولادة: %2</translation>
        </message>
        <message>
            <source>Dates estimées à partir du terme : elles changeront avec la date de naissance.</source>
            <extracomment>From src/parcours_app/cli.py:750</extracomment>
            <translation>تواريخ مقدّرة انطلاقًا من موعد الولادة المتوقع: ستتغير مع تاريخ الولادة الفعلي.</translation>
        </message>
        <message>
            <source>Règles des salariés du secteur privé.</source>
            <extracomment>From src/parcours_app/cli.py:751</extracomment>
            <translation>قواعد الأجراء في القطاع الخاص.</translation>
        </message>
        <message>
            <source>Parent qui accouche</source>
            <extracomment>From src/parcours_app/cli.py:753</extracomment>
            <translation>الوالد الذي يلد</translation>
        </message>
        <message>
            <source>Second parent</source>
            <extracomment>From src/parcours_app/cli.py:754</extracomment>
            <translation>الوالد الثاني</translation>
        </message>
        <message>
            <source>j</source>
            <extracomment>From src/parcours_app/cli.py:763</extracomment>
            <translation>ي</translation>
        </message>
        <message>
            <source>! La date de naissance réelle remet en cause ce plan : il n'a pas été déplacé, corrigez-le.</source>
            <extracomment>From src/parcours_app/cli.py:768</extracomment>
            <translation>! تاريخ الولادة الفعلي يخالف هذه الخطة: لم تُنقل، يُرجى تصحيحها.</translation>
        </message>
        <message>
            <source>À corriger :</source>
            <extracomment>From src/parcours_app/cli.py:771</extracomment>
            <translation>للتصحيح:</translation>
        </message>
        <message>
            <source>Le plan respecte les règles.</source>
            <extracomment>From src/parcours_app/cli.py:774</extracomment>
            <translation>الخطة تحترم القواعد.</translation>
        </message>
        <message>
            <source>Prévenir l'employeur :</source>
            <extracomment>From src/parcours_app/cli.py:776</extracomment>
            <translation>إخطار صاحب العمل:</translation>
        </message>
        <message>
            <source>sans délai</source>
            <extracomment>From src/parcours_app/cli.py:778</extracomment>
            <translation>دون تأخير</translation>
        </message>
        <message>
            <source>* période choisie par les parents ; les autres sont fixées par la loi.</source>
            <extracomment>From src/parcours_app/cli.py:781</extracomment>
            <translation>* فترة اختارها الوالدان؛ أما الأخرى فيحددها القانون.</translation>
        </message>
        <message>
            <source>commandes (sans fenêtre) :
  parcours calendar …   calculer le calendrier d'une famille (tableau, JSON, .ics, PDF)
  parcours data …       exporter, importer, sauvegarder, restaurer, vérifier les données
  parcours leave …      planifier les congés des deux parents
  parcours today …      ce qui est en cours pour la famille enregistrée (texte ou JSON)
« parcours COMMANDE --help » décrit chacune ; sans commande, la fenêtre s'ouvre.</source>
            <extracomment>From src/parcours_app/ui/app.py:70</extracomment>
            <translation>الأوامر (دون نافذة):
  parcours calendar …   حساب تقويم العائلة (جدول، JSON، ‎.ics، PDF)
  parcours data …       تصدير البيانات واستيرادها ونسخها احتياطيًا واسترجاعها وفحصها
  parcours leave …      تخطيط إجازات الوالدين
  parcours today …      ما هو جارٍ الآن للعائلة المحفوظة (نص أو JSON)
«parcours COMMANDE --help» يشرح كل أمر؛ دون أمر، تُفتح النافذة.</translation>
        </message>
        <message>
            <source>mode accueil : annuaire de la Maison (fichier exporté)</source>
            <extracomment>From src/parcours_app/ui/app.py:96</extracomment>
            <translation>وضع الاستقبال: دليل الدار (ملف مُصدَّر)</translation>
        </message>
        <message>
            <source>commande ou option inconnue : %1 (commandes : calendar, data, leave, today)</source>
            <extracomment>From src/parcours_app/ui/app.py:106</extracomment>
            <translation>أمر أو خيار غير معروف: ⁦%1⁩ (الأوامر: calendar، data، leave، today)</translation>
        </message>
        <message>
            <source>commandes (sans fenêtre) :
  parcours calendar …   calculer le calendrier d'une famille (tableau, JSON, .ics, PDF)
  parcours data …       exporter, importer, sauvegarder, restaurer, vérifier les données
  parcours leave …      planifier les congés des deux parents
« parcours COMMANDE --help » décrit chacune ; sans commande, la fenêtre s'ouvre.</source>
            <extracomment>From src/parcours_app/ui/app.py:57</extracomment>
            <translation type="vanished">الأوامر (دون نافذة):
  parcours calendar …   حساب تقويم العائلة (جدول، JSON، ‎.ics، PDF)
  parcours data …       تصدير البيانات واستيرادها ونسخها احتياطيًا واسترجاعها وفحصها
  parcours leave …      تخطيط إجازات الوالدين
«parcours COMMANDE --help» يشرح كل أمر؛ دون أمر، تُفتح النافذة.</translation>
        </message>
        <message>
            <source>DOSSIER</source>
            <extracomment>From src/parcours_app/ui/app.py:81</extracomment>
            <translation>مجلد</translation>
        </message>
        <message>
            <source>dossier des données de la famille</source>
            <extracomment>From src/parcours_app/ui/app.py:81</extracomment>
            <translation>مجلد بيانات العائلة</translation>
        </message>
        <message>
            <source>date fixe AAAA-MM-JJ (démos)</source>
            <extracomment>From src/parcours_app/ui/app.py:84</extracomment>
            <translation>تاريخ ثابت بالشكل YYYY-MM-DD (السنة-الشهر-اليوم) للعروض التوضيحية</translation>
        </message>
        <message>
            <source>quitter une fois la fenêtre affichée</source>
            <extracomment>From src/parcours_app/ui/app.py:86</extracomment>
            <translation>الخروج بعد ظهور النافذة</translation>
        </message>
        <message>
            <source>mode consultation : rien n'est enregistré</source>
            <extracomment>From src/parcours_app/ui/app.py:87</extracomment>
            <translation>وضع الاستشارة: لا يُحفظ أي شيء</translation>
        </message>
        <message>
            <source>mode accueil : plein écran, rien n'est enregistré</source>
            <extracomment>From src/parcours_app/ui/app.py:89</extracomment>
            <translation>وضع الاستقبال: ملء الشاشة، ولا يُحفظ أي شيء</translation>
        </message>
        <message>
            <source>langue de l'interface (fr, en, ar)</source>
            <extracomment>From src/parcours_app/ui/app.py:98</extracomment>
            <translation>لغة الواجهة (fr، en، ar)</translation>
        </message>
        <message>
            <source>démarrer dans la zone de notification</source>
            <extracomment>From src/parcours_app/ui/app.py:99</extracomment>
            <translation>البدء في منطقة الإشعارات</translation>
        </message>
        <message>
            <source>afficher la version et quitter</source>
            <extracomment>From src/parcours_app/ui/app.py:100</extracomment>
            <translation>عرض الإصدار ثم الخروج</translation>
        </message>
        <message>
            <source>commande ou option inconnue : %1 (commandes : calendar, data, leave)</source>
            <extracomment>From src/parcours_app/ui/app.py:84</extracomment>
            <translation type="vanished">أمر أو خيار غير معروف: ⁦%1⁩ (الأوامر: calendar، data، leave)</translation>
        </message>
    </context>
    <context>
        <name>CrisisHelpDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/crisis_panel.py" line="+237" />
            <source>Urgences et écoute</source>
            <translation>الطوارئ والاستماع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fermer</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fermer la fenêtre Urgences et écoute</source>
            <translation>إغلاق نافذة الطوارئ والاستماع</translation>
        </message>
    </context>
    <context>
        <name>CrisisHelpPanel</name>
        <message>
            <location line="-41" />
            <source>Autres numéros utiles et associations</source>
            <translation>أرقام مفيدة أخرى وجمعيات</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+17" />
            <source>Urgences et écoute</source>
            <translation>الطوارئ والاستماع</translation>
        </message>
        <message>
            <location line="-9" />
            <source>En cas de danger immédiat, appelez le 15 ou le 112. Si vous pensez à vous faire du mal, le 3114 vous répond à toute heure. Ces appels sont gratuits.</source>
            <translation>في حالة الخطر الداهم، اتصل بالرقم 15 أو 112. إذا كنت تفكّر في إيذاء نفسك، يجيبك الرقم 3114 في أي ساعة. هذه المكالمات مجانية.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>En cas d'urgence</source>
            <translation>في حالة الطوارئ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pour parler à quelqu'un</source>
            <translation>للتحدث مع شخص ما</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Associations</source>
            <translation>الجمعيات</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Tapez la date sous la forme jj/mm/aaaa, par exemple 14/03/2026.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:49</extracomment>
            <translation>اكتب التاريخ بالشكل يوم/شهر/سنة (jj/mm/aaaa)، مثلًا 14/03/2026.</translation>
        </message>
        <message>
            <source>Le mois doit être entre 01 et 12.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:55</extracomment>
            <translation>يجب أن يكون الشهر بين 01 و12.</translation>
        </message>
        <message>
            <source>L'année doit avoir 4 chiffres, par exemple 2026.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:56</extracomment>
            <translation type="vanished">يجب أن تتكوّن السنة من 4 أرقام، مثلًا 2026.</translation>
        </message>
        <message>
            <source>Cette date n'existe pas : ce mois-là n'a que %1 jours.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:60</extracomment>
            <translation type="vanished">هذا التاريخ غير موجود: هذا الشهر فيه %1 يومًا فقط.</translation>
        </message>
        <message>
            <source>L'année doit être comprise entre %1 et %2.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:59</extracomment>
            <translation>يجب أن تكون السنة بين %1 و%2.</translation>
        </message>
        <message numerus="yes">
            <source>Cette date n'existe pas : ce mois-là n'a que %n jours.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:66</extracomment>
            <translation>
                <numerusform>هذا التاريخ غير موجود: هذا الشهر فيه %n يوم فقط.</numerusform>
                <numerusform>هذا التاريخ غير موجود: هذا الشهر فيه يوم واحد فقط.</numerusform>
                <numerusform>هذا التاريخ غير موجود: هذا الشهر فيه يومان فقط.</numerusform>
                <numerusform>هذا التاريخ غير موجود: هذا الشهر فيه %n أيام فقط.</numerusform>
                <numerusform>هذا التاريخ غير موجود: هذا الشهر فيه %n يومًا فقط.</numerusform>
                <numerusform>هذا التاريخ غير موجود: هذا الشهر فيه %n يوم فقط.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choisir la date dans le calendrier</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:185</extracomment>
            <translation>اختر التاريخ من التقويم</translation>
        </message>
        <message>
            <source>Format jj/mm/aaaa. Alt+Flèche bas ouvre le calendrier.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:201</extracomment>
            <translation>الصيغة jj/mm/aaaa (يوم/شهر/سنة). يفتح Alt+السهم للأسفل التقويم.</translation>
        </message>
        <message>
            <source>jj/mm/aaaa</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:204</extracomment>
            <translation>يوم/شهر/سنة</translation>
        </message>
        <message>
            <source>Choisir dans le calendrier (Alt+Flèche bas)</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:205</extracomment>
            <translation>اختر من التقويم (Alt+السهم للأسفل)</translation>
        </message>
        <message>
            <source>Ouvrir le calendrier</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:206</extracomment>
            <translation>فتح التقويم</translation>
        </message>
    </context>
    <context>
        <name>Dating</name>
        <message>
            <source>%1 SA + %2 j</source>
            <extracomment>From src/parcours_app/core/dating.py:89</extracomment>
            <translation type="vanished">%1 أسبوع + %2 يوم</translation>
        </message>
        <message>
            <source>%1 j</source>
            <extracomment>From src/parcours_app/core/dating.py:118</extracomment>
            <translation type="vanished">%1 يوم</translation>
        </message>
        <message>
            <source>%1 mois + %2 j</source>
            <extracomment>From src/parcours_app/core/dating.py:119</extracomment>
            <translation type="vanished">%1 شهر + %2 يوم</translation>
        </message>
        <message numerus="yes">
            <source>%n SA</source>
            <extracomment>From src/parcours_app/core/dating.py:93</extracomment>
            <translation>
                <numerusform>%n أسبوع</numerusform>
                <numerusform>أسبوع</numerusform>
                <numerusform>أسبوعان</numerusform>
                <numerusform>%n أسابيع</numerusform>
                <numerusform>%n أسبوعًا</numerusform>
                <numerusform>%n أسبوع</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n j</source>
            <extracomment>From src/parcours_app/core/dating.py:93; src/parcours_app/core/dating.py:123; src/parcours_app/core/dating.py:127</extracomment>
            <translation>
                <numerusform>%n يوم</numerusform>
                <numerusform>يوم</numerusform>
                <numerusform>يومان</numerusform>
                <numerusform>%n أيام</numerusform>
                <numerusform>%n يومًا</numerusform>
                <numerusform>%n يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mois</source>
            <extracomment>From src/parcours_app/core/dating.py:127</extracomment>
            <translation>
                <numerusform>%n شهر</numerusform>
                <numerusform>شهر</numerusform>
                <numerusform>شهران</numerusform>
                <numerusform>%n أشهر</numerusform>
                <numerusform>%n شهرًا</numerusform>
                <numerusform>%n شهر</numerusform>
            </translation>
        </message>
        <message>
            <source>La date %1 est avant la naissance (%2).</source>
            <extracomment>From src/parcours_app/core/dating.py:134</extracomment>
            <translation>التاريخ %1 يسبق الولادة (%2).</translation>
        </message>
        <message>
            <source>La durée du cycle doit être comprise entre %1 et %2 jours (vous avez indiqué %3).</source>
            <extracomment>From src/parcours_app/core/dating.py:164</extracomment>
            <translation>يجب أن تكون مدة الدورة الشهرية بين %1 و%2 يومًا (لقد أدخلت %3).</translation>
        </message>
        <message>
            <source>Le nombre de bébés attendus doit être 1, 2 ou 3 (3 pour trois ou plus).</source>
            <extracomment>From src/parcours_app/core/dating.py:172</extracomment>
            <translation>يجب أن يكون عدد الأجنّة المنتظَرين 1 أو 2 أو 3 (3 تعني ثلاثة أو أكثر).</translation>
        </message>
        <message>
            <source>Le nombre d'enfants déjà nés ne peut pas être négatif.</source>
            <extracomment>From src/parcours_app/core/dating.py:174</extracomment>
            <translation>لا يمكن أن يكون عدد الأطفال المولودين سالبًا.</translation>
        </message>
        <message>
            <source>La date de début de grossesse (%1) et le terme (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:184</extracomment>
            <translation>تاريخ بداية الحمل (%1) وموعد الولادة المتوقع (%2) غير متوافقين: صحّح أحدهما.</translation>
        </message>
        <message>
            <source>La date des dernières règles (%1) et le terme (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:194</extracomment>
            <translation>تاريخ آخر دورة شهرية (%1) وموعد الولادة المتوقع (%2) غير متوافقين: صحّح أحدهما.</translation>
        </message>
        <message>
            <source>La date des dernières règles (%1) et la date de début de grossesse (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:207</extracomment>
            <translation>تاريخ آخر دورة شهرية (%1) وتاريخ بداية الحمل (%2) غير متوافقين: صحّح أحدهما.</translation>
        </message>
        <message>
            <source>Indiquez au moins une date : les dernières règles, le début de grossesse, le terme prévu ou la naissance.</source>
            <extracomment>From src/parcours_app/core/dating.py:222</extracomment>
            <translation>أدخل تاريخًا واحدًا على الأقل: آخر دورة شهرية، أو بداية الحمل، أو موعد الولادة المتوقع، أو الولادة.</translation>
        </message>
        <message>
            <source>La date %1 n'est pas plausible : vérifiez l'année.</source>
            <extracomment>From src/parcours_app/core/dating.py:239</extracomment>
            <translation>التاريخ %1 غير معقول: تحقّق من السنة.</translation>
        </message>
        <message>
            <source>La date de naissance (%1) est avant le début de la grossesse (%2) : vérifiez les dates.</source>
            <extracomment>From src/parcours_app/core/dating.py:251</extracomment>
            <translation>تاريخ الولادة (%1) يسبق بداية الحمل (%2): تحقّق من التواريخ.</translation>
        </message>
        <message>
            <source>La date de naissance (%1) tombe avant 22 SA de cette grossesse : vérifiez la naissance ou les dates de la grossesse.</source>
            <extracomment>From src/parcours_app/core/dating.py:259</extracomment>
            <translation>تاريخ الولادة (%1) يقع قبل بلوغ هذا الحمل 22 أسبوعًا من انقطاع الطمث (SA): تحقّق من تاريخ الولادة أو من تواريخ الحمل.</translation>
        </message>
        <message>
            <source>La date de naissance (%1) est plus de 4 semaines après le terme (%2) : vérifiez les dates.</source>
            <extracomment>From src/parcours_app/core/dating.py:267</extracomment>
            <translation>تاريخ الولادة (%1) يأتي بعد موعد الولادة المتوقع (%2) بأكثر من 4 أسابيع: تحقّق من التواريخ.</translation>
        </message>
        <message>
            <source>La date de naissance (%1) est après aujourd'hui (%2) : indiquez une naissance passée ou le terme prévu.</source>
            <extracomment>From src/parcours_app/core/dating.py:278</extracomment>
            <translation>تاريخ الولادة (%1) بعد اليوم (%2): أدخل ولادة حدثت فعلًا أو موعد الولادة المتوقع.</translation>
        </message>
        <message>
            <source>Le terme (%1) est à plus de 10 mois d'aujourd'hui (%2) : vérifiez l'année et le mois.</source>
            <extracomment>From src/parcours_app/core/dating.py:284</extracomment>
            <translation>موعد الولادة المتوقع (%1) يبعد أكثر من 10 أشهر عن اليوم (%2): تحقّق من السنة والشهر.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryEditor</name>
        <message>
            <location filename="../src/parcours_app/ui/directory_page.py" line="+337" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Le fichier n'a pas été importé et l'annuaire n'a pas changé.

%1</source>
            <translation>لم يتم استيراد الملف ولم يتغيّر الدليل.

%1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Lieux importés : %1.</source>
            <translation>الأماكن المستوردة: %1.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annuaire exporté dans %1. Importez ce fichier sur l'autre ordinateur.</source>
            <translation>تم تصدير الدليل إلى %1. استورد هذا الملف على الحاسوب الآخر.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Annuaire : vue du personnel</source>
            <translation>الدليل: عرض خاص بالموظفين</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saisissez les lieux proches des familles. Tout reste sur cet ordinateur. Exportez l'annuaire pour l'importer sur un autre poste : un fichier incorrect ne change rien.</source>
            <translation>أدخل الأماكن القريبة من العائلات. كل شيء يبقى على هذا الحاسوب. صدّر الدليل لاستيراده على جهاز آخر: الملف غير الصحيح لا يغيّر شيئًا.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Lieux :</source>
            <translation>الأ&amp;ماكن:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lieux de l'annuaire</source>
            <translation>أماكن الدليل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Nouveau lieu</source>
            <translation>مكان &amp;جديد</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ajouter un nouveau lieu</source>
            <translation>إضافة مكان جديد</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Type :</source>
            <translation>ال&amp;نوع:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type de lieu</source>
            <translation>نوع المكان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;om :</source>
            <translation>الا&amp;سم:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nom du lieu</source>
            <translation>اسم المكان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Adresse :</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adresse</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Téléphone :</source>
            <translation>ال&amp;هاتف:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Téléphone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Horaires :</source>
            <translation>&amp;أوقات العمل:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Horaires d'ouverture</source>
            <translation>أوقات العمل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail :</source>
            <translation>البريد الإل&amp;كتروني:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adresse e-mail</source>
            <translation>عنوان البريد الإلكتروني</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ite web :</source>
            <translation>الموقع ال&amp;إلكتروني:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Site web</source>
            <translation>الموقع الإلكتروني</translation>
        </message>
        <message>
            <location line="+1" />
            <source>À sa&amp;voir :</source>
            <translation>معلومة م&amp;فيدة:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Services de la Maison, par composante (un service par ligne)</source>
            <translation>خدمات الدار، حسب كل مكوّن (خدمة واحدة في كل سطر)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Services : %1</source>
            <translation>الخدمات: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Enregistrer</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Enregistrer ce lieu</source>
            <translation>حفظ هذا المكان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Supprimer</source>
            <translation>ح&amp;ذف</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Supprimer ce lieu</source>
            <translation>حذف هذا المكان</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Importer un annuaire…</source>
            <translation>است&amp;يراد دليل…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Importer un annuaire depuis un fichier</source>
            <translation>استيراد دليل من ملف</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;xporter l'annuaire…</source>
            <translation>&amp;تصدير الدليل…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exporter l'annuaire dans un fichier</source>
            <translation>تصدير الدليل إلى ملف</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Retour à l'annuaire</source>
            <translation>العو&amp;دة إلى الدليل</translation>
        </message>
        <message>
            <source>Retour à l'annuaire</source>
            <translation type="vanished">العودة إلى الدليل</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location line="+67" />
            <source>Aucun lieu pour l'instant. Ajoutez votre Maison des 1000 premiers jours, votre centre de PMI, votre maternité… avec « Modifier l'annuaire ».</source>
            <translation>لا توجد أماكن حتى الآن. أضف دار الأيام الألف الأولى (Maison des 1000 premiers jours) القريبة منك، ومركز حماية الأمومة والطفولة (PMI)، ومستشفى الولادة… بواسطة «تعديل الدليل».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Aucun lieu pour l'instant.</source>
            <translation>لا توجد أماكن حتى الآن.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Annuaire</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:134; src/parcours_app/ui/directory_page.py:138</extracomment>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Les lieux près de chez vous, saisis et gardés sur cet ordinateur seulement.</source>
            <translation>الأماكن القريبة منك، مُدخلة ومحفوظة على هذا الحاسوب فقط.</translation>
        </message>
        <message>
            <source>&amp;Modifier l'annuaire (personnel)</source>
            <translation>&amp;تعديل الدليل (للموظفين)</translation>
        </message>
        <message>
            <source>Modifier l'annuaire : vue du personnel</source>
            <translation>تعديل الدليل: عرض خاص بالموظفين</translation>
        </message>
        <message>
            <source>Lieux de l'annuaire</source>
            <translation>أماكن الدليل</translation>
        </message>
        <message>
            <source>Maison des 1000 premiers jours</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:65</extracomment>
            <translation type="vanished">دار الأيام الألف الأولى (Maison des 1000 premiers jours)</translation>
        </message>
        <message>
            <source>Centre de PMI</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:66</extracomment>
            <translation type="vanished">مركز حماية الأمومة والطفولة (PMI)</translation>
        </message>
        <message>
            <source>Maternité</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:67</extracomment>
            <translation type="vanished">مستشفى الولادة (maternité)</translation>
        </message>
        <message>
            <source>Caf</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:68</extracomment>
            <translation type="vanished">صندوق الإعانات العائلية (Caf)</translation>
        </message>
        <message>
            <source>CPAM (Assurance Maladie)</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:69</extracomment>
            <translation type="vanished">صندوق التأمين الصحي (CPAM، Assurance Maladie)</translation>
        </message>
        <message>
            <source>Relais Petite Enfance</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:70</extracomment>
            <translation type="vanished">مركز معلومات رعاية الأطفال الصغار (Relais Petite Enfance)</translation>
        </message>
        <message>
            <source>Lieu d'accueil enfants-parents (LAEP)</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:71</extracomment>
            <translation type="vanished">مكان استقبال الأطفال والوالدين (LAEP)</translation>
        </message>
        <message>
            <source>Sage-femme</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:72</extracomment>
            <translation type="vanished">القابلة (sage-femme)</translation>
        </message>
        <message>
            <source>Pédiatre</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:73</extracomment>
            <translation type="vanished">طبيب الأطفال</translation>
        </message>
        <message>
            <source>Autre lieu</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:74</extracomment>
            <translation type="vanished">مكان آخر</translation>
        </message>
        <message>
            <source>Prévention et santé, avec la PMI</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:74</extracomment>
            <translation>الوقاية والصحة، مع مركز حماية الأمومة والطفولة (PMI)</translation>
        </message>
        <message>
            <source>Soutien à la parentalité</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:75</extracomment>
            <translation>دعم الوالدين</translation>
        </message>
        <message>
            <source>Information et orientation</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:76</extracomment>
            <translation>الإعلام والتوجيه</translation>
        </message>
        <message>
            <source>Socialisation et éveil culturel</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:77</extracomment>
            <translation>التنشئة الاجتماعية والتفتّح الثقافي</translation>
        </message>
        <message>
            <source>Lieu ressource pour les professionnels</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:78</extracomment>
            <translation>مكان مرجعي للمختصين</translation>
        </message>
        <message>
            <source>Importer un annuaire</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:96; src/parcours_app/ui/directory_page.py:128</extracomment>
            <translation>استيراد دليل</translation>
        </message>
        <message>
            <source>Annuaire Parcours (*.json)</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:98; src/parcours_app/ui/directory_page.py:107</extracomment>
            <translation>دليل Parcours (*.json)</translation>
        </message>
        <message>
            <source>Exporter l'annuaire</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:105</extracomment>
            <translation>تصدير الدليل</translation>
        </message>
        <message>
            <source>annuaire</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:106</extracomment>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Supprimer un lieu</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:117</extracomment>
            <translation>حذف مكان</translation>
        </message>
        <message>
            <source>Supprimer « %1 » de l'annuaire ?</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:118</extracomment>
            <translation>هل تريد حذف «%1» من الدليل؟</translation>
        </message>
        <message>
            <source>Remplacer les %1 lieux de l'annuaire par les %2 lieux du fichier ?</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:123</extracomment>
            <translation>هل تريد استبدال أماكن الدليل (عددها: %1) بأماكن الملف (عددها: %2)؟</translation>
        </message>
    </context>
    <context>
        <name>EventDetailPanel</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/detail.py" line="+298" />
            <source>Idéalement vers le %1.</source>
            <translation>من الأفضل في حدود %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Calculé à partir de %1 (%2).</source>
            <translation>محسوب انطلاقًا من %1 (%2).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date estimée d'après la date prévue d'accouchement : elle sera recalculée quand vous indiquerez la date de naissance.</source>
            <translation>تاريخ تقديري محسوب من موعد الولادة المتوقع: سيُعاد حسابه عندما تُدخل تاريخ الولادة.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (vérifié le %2)
%3</source>
            <translation>%1 (تم التحقق منه في %2)
%3</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Le %1 à %2</source>
            <translation>يوم %1 على الساعة %2</translation>
        </message>
        <message>
            <location line="+45" />
            <source>« %1 » marqué comme fait le %2.</source>
            <translation>تم تسجيل «%1» كمُنجَز في %2.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>« %1 » n'est plus marqué comme fait.</source>
            <translation>لم يعد «%1» مسجّلًا كمُنجَز.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Reporter</source>
            <translation>تأجيل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choisissez un jour après aujourd'hui pour reporter.</source>
            <translation>اختر يومًا بعد اليوم الحالي للتأجيل.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>« %1 » reporté au %2.</source>
            <translation>تم تأجيل «%1» إلى %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>« %1 » est de nouveau dans la liste.</source>
            <translation>عادت «%1» إلى القائمة.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>« %1 » n'est plus reporté.</source>
            <translation>لم تعد «%1» مؤجّلة.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Note enregistrée.</source>
            <translation>تم حفظ الملاحظة.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rendez-vous enregistré.</source>
            <translation>تم حفظ الموعد.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rendez-vous modifié.</source>
            <translation>تم تعديل الموعد.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rendez-vous supprimé.</source>
            <translation>تم حذف الموعد.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Ouvrir la page officielle</source>
            <translation>فتح الصفحة الرسمية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ouvrir cette page dans votre navigateur ?
%1

Parcours n'envoie rien : seul le navigateur se connecte.</source>
            <translation>هل تريد فتح هذه الصفحة في متصفحك؟
%1

لا يرسل التطبيق أي شيء: المتصفح وحده هو الذي يتصل بالإنترنت.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Détail de l'étape</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:540</extracomment>
            <translation>تفاصيل المرحلة</translation>
        </message>
        <message>
            <source>Choisissez une étape dans la liste pour voir ce qu'il faut savoir et faire.</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:542</extracomment>
            <translation>اختر مرحلة من القائمة لترى ما يجب معرفته والقيام به.</translation>
        </message>
        <message>
            <source>Quand</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:545</extracomment>
            <translation>متى</translation>
        </message>
        <message>
            <source>De quoi s'agit-il et pourquoi c'est important</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:546</extracomment>
            <translation>ما الأمر ولماذا هو مهم</translation>
        </message>
        <message>
            <source>Qui consulter</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:547</extracomment>
            <translation>من تستشير</translation>
        </message>
        <message>
            <source>À apporter ou préparer</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:548</extracomment>
            <translation>ما يجب إحضاره أو تحضيره</translation>
        </message>
        <message>
            <source>Conseil</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:549</extracomment>
            <translation>نصيحة</translation>
        </message>
        <message>
            <source>Source officielle</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:550</extracomment>
            <translation>المصدر الرسمي</translation>
        </message>
        <message>
            <source>Ouvrir la page &amp;officielle…</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:557</extracomment>
            <translation>فتح الصفحة ال&amp;رسمية…</translation>
        </message>
        <message>
            <source>Ouvrir la page officielle dans le navigateur</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:558</extracomment>
            <translation>فتح الصفحة الرسمية في المتصفح</translation>
        </message>
        <message>
            <source>Suivi</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:560</extracomment>
            <translation>المتابعة</translation>
        </message>
        <message>
            <source>Fait &amp;le :</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:561</extracomment>
            <translation>أُنجز &amp;في:</translation>
        </message>
        <message>
            <source>Date à laquelle l'étape a été faite</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:562</extracomment>
            <translation>التاريخ الذي أُنجزت فيه المرحلة</translation>
        </message>
        <message>
            <source>Marquer comme &amp;fait</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:565</extracomment>
            <translation>تسجيل كـ&amp;مُنجَز</translation>
        </message>
        <message>
            <source>Marquer comme fait</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:566</extracomment>
            <translation>تسجيل كمُنجَز</translation>
        </message>
        <message>
            <source>Marquer comme fait (Ctrl+D)</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:568</extracomment>
            <translation>تسجيل كمُنجَز (Ctrl+D)</translation>
        </message>
        <message>
            <source>A&amp;nnuler « fait »</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:571</extracomment>
            <translation>إ&amp;لغاء «مُنجَز»</translation>
        </message>
        <message>
            <source>Annuler « fait »</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:572</extracomment>
            <translation>إلغاء «مُنجَز»</translation>
        </message>
        <message>
            <source>Reporter &amp;au :</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:574</extracomment>
            <translation>تأجيل &amp;إلى:</translation>
        </message>
        <message>
            <source>Date de report</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:575</extracomment>
            <translation>تاريخ التأجيل</translation>
        </message>
        <message>
            <source>&amp;Reporter</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:578</extracomment>
            <translation>&amp;تأجيل</translation>
        </message>
        <message>
            <source>Reporter à la date choisie</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:579</extracomment>
            <translation>تأجيل إلى التاريخ المختار</translation>
        </message>
        <message>
            <source>+1 &amp;jour</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:583</extracomment>
            <translation>+1 &amp;يوم</translation>
        </message>
        <message>
            <source>Reporter à demain</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:584</extracomment>
            <translation>تأجيل إلى الغد</translation>
        </message>
        <message>
            <source>Reporter à demain (Ctrl+R)</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:586</extracomment>
            <translation>تأجيل إلى الغد (Ctrl+R)</translation>
        </message>
        <message>
            <source>+1 &amp;semaine</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:589</extracomment>
            <translation>+1 أ&amp;سبوع</translation>
        </message>
        <message>
            <source>Reporter d'une semaine</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:590</extracomment>
            <translation>تأجيل أسبوعًا واحدًا</translation>
        </message>
        <message>
            <source>Annuler le re&amp;port</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:594</extracomment>
            <translation>إلغاء ال&amp;تأجيل</translation>
        </message>
        <message>
            <source>Annuler le report</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:595</extracomment>
            <translation>إلغاء التأجيل</translation>
        </message>
        <message>
            <source>Remettre dans la l&amp;iste</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:599</extracomment>
            <translation>إعادة إلى القا&amp;ئمة</translation>
        </message>
        <message>
            <source>Remettre dans la liste</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:600</extracomment>
            <translation>إعادة إلى القائمة</translation>
        </message>
        <message>
            <source>Note</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:602</extracomment>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Note personnelle</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:603</extracomment>
            <translation>ملاحظة شخصية</translation>
        </message>
        <message>
            <source>Une question à poser, un document à trouver…</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:604</extracomment>
            <translation>سؤال تريد طرحه، وثيقة يجب إيجادها…</translation>
        </message>
        <message>
            <source>Enregistrer la &amp;note</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:607</extracomment>
            <translation>&amp;حفظ الملاحظة</translation>
        </message>
        <message>
            <source>Enregistrer la note</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:608</extracomment>
            <translation>حفظ الملاحظة</translation>
        </message>
        <message>
            <source>Enregistrer la note (Ctrl+S)</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:610</extracomment>
            <translation>حفظ الملاحظة (Ctrl+S)</translation>
        </message>
        <message>
            <source>Rendez-vous pris</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:611</extracomment>
            <translation>المواعيد المحجوزة</translation>
        </message>
        <message>
            <source>Rendez-vous pris pour cette étape</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:612</extracomment>
            <translation>المواعيد المحجوزة لهذه المرحلة</translation>
        </message>
        <message>
            <source>Aucun rendez-vous noté pour cette étape.</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:613</extracomment>
            <translation>لا يوجد أي موعد مسجّل لهذه المرحلة.</translation>
        </message>
        <message>
            <source>Ajouter un rendez-&amp;vous…</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:616</extracomment>
            <translation>إضافة مو&amp;عد…</translation>
        </message>
        <message>
            <source>Ajouter un rendez-vous</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:617</extracomment>
            <translation>إضافة موعد</translation>
        </message>
        <message>
            <source>&amp;Modifier…</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:621</extracomment>
            <translation>تع&amp;ديل…</translation>
        </message>
        <message>
            <source>Modifier le rendez-vous choisi</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:622</extracomment>
            <translation>تعديل الموعد المختار</translation>
        </message>
        <message>
            <source>S&amp;upprimer</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:626</extracomment>
            <translation>ح&amp;ذف</translation>
        </message>
        <message>
            <source>Supprimer le rendez-vous choisi</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:627</extracomment>
            <translation>حذف الموعد المختار</translation>
        </message>
    </context>
    <context>
        <name>EventResourcesBox</name>
        <message>
            <location filename="../src/parcours_app/ui/resources_page.py" line="+541" />
            <source>Pour aller plus loin</source>
            <translation>لمعرفة المزيد</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Toutes les ressources sur ce sujet</source>
            <translation>كل المصادر حول هذا الموضوع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ouvrir la page Ressources sur le sujet de cette étape</source>
            <translation>فتح صفحة المصادر حول موضوع هذه المرحلة</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Aucun enfant n’a la clé « %1 ». Clés connues : %2.</source>
            <extracomment>From src/parcours_app/export/formats.py:137</extracomment>
            <translation>لا يوجد طفل له المفتاح «%1». المفاتيح المعروفة: %2.</translation>
        </message>
        <message>
            <source>le %1</source>
            <extracomment>From src/parcours_app/export/formats.py:196</extracomment>
            <translation>في %1</translation>
        </message>
        <message>
            <source>du %1 au %2</source>
            <extracomment>From src/parcours_app/export/formats.py:197</extracomment>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <source>Format « %1 » inconnu : choisissez ics ou pdf.</source>
            <extracomment>From src/parcours_app/export/formats.py:251</extracomment>
            <translation type="vanished">الصيغة «%1» غير معروفة: اختر ics أو pdf.</translation>
        </message>
        <message>
            <source>Grossesse</source>
            <extracomment>From src/parcours_app/export/ics.py:60</extracomment>
            <translation>الحمل</translation>
        </message>
        <message>
            <source>Démarches</source>
            <extracomment>From src/parcours_app/export/ics.py:61</extracomment>
            <translation>الإجراءات الإدارية</translation>
        </message>
        <message>
            <source>Congés</source>
            <extracomment>From src/parcours_app/export/ics.py:62</extracomment>
            <translation>الإجازات</translation>
        </message>
        <message>
            <source>Après la naissance</source>
            <extracomment>From src/parcours_app/export/ics.py:63</extracomment>
            <translation>بعد الولادة</translation>
        </message>
        <message>
            <source>Examens de l’enfant</source>
            <extracomment>From src/parcours_app/export/ics.py:64</extracomment>
            <translation>فحوصات الطفل</translation>
        </message>
        <message>
            <source>Vaccins</source>
            <extracomment>From src/parcours_app/export/ics.py:65</extracomment>
            <translation>اللقاحات</translation>
        </message>
        <message>
            <source>Auto-questionnaire</source>
            <extracomment>From src/parcours_app/export/ics.py:66</extracomment>
            <translation>الاختبار الذاتي</translation>
        </message>
        <message>
            <source>Étapes de vie</source>
            <extracomment>From src/parcours_app/export/ics.py:67</extracomment>
            <translation>مراحل الحياة</translation>
        </message>
        <message>
            <source>Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/export/ics.py:74</extracomment>
            <translation>مسار الأيام الألف (Parcours 1000 jours)</translation>
        </message>
        <message>
            <source>étapes obligatoires</source>
            <extracomment>From src/parcours_app/export/ics.py:80</extracomment>
            <translation>المراحل الإلزامية</translation>
        </message>
        <message>
            <source>Calendrier personnel des 1000 premiers jours, établi le %1.</source>
            <extracomment>From src/parcours_app/export/ics.py:116</extracomment>
            <translation>التقويم الشخصي للأيام الألف الأولى، أُعدّ في %1.</translation>
        </message>
        <message>
            <source>Début : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:250</extracomment>
            <translation>البداية: %1</translation>
        </message>
        <message>
            <source>Dernier jour : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:258</extracomment>
            <translation>آخر يوم: %1</translation>
        </message>
        <message>
            <source>À partir d’aujourd’hui : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:266</extracomment>
            <translation>ابتداءً من اليوم: %1</translation>
        </message>
        <message>
            <source>Obligatoire</source>
            <extracomment>From src/parcours_app/export/ics.py:286</extracomment>
            <translation>إلزامي</translation>
        </message>
        <message>
            <source>Quand : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:293</extracomment>
            <translation>متى: %1</translation>
        </message>
        <message>
            <source>Idéalement vers le %1</source>
            <extracomment>From src/parcours_app/export/ics.py:295</extracomment>
            <translation>من الأفضل في حدود %1</translation>
        </message>
        <message>
            <source>Qui voir : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:297</extracomment>
            <translation>من تستشير: %1</translation>
        </message>
        <message>
            <source>À prévoir : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:299</extracomment>
            <translation>ما يجب تحضيره: %1</translation>
        </message>
        <message numerus="yes">
            <source>Dans %n jour(s) – %1</source>
            <extracomment>From src/parcours_app/export/ics.py:332</extracomment>
            <translation>
                <numerusform>بعد %n يوم – %1</numerusform>
                <numerusform>بعد يوم واحد – %1</numerusform>
                <numerusform>بعد يومين – %1</numerusform>
                <numerusform>بعد %n أيام – %1</numerusform>
                <numerusform>بعد %n يومًا – %1</numerusform>
                <numerusform>بعد %n يوم – %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Conseil : %1</source>
            <extracomment>From src/parcours_app/export/formats.py:204; src/parcours_app/export/formats.py:207</extracomment>
            <translation>نصيحة: %1</translation>
        </message>
        <message>
            <source>Ce parcours n’a aucune étape d’enfant : exportez-le en entier, sans choisir d’enfant.</source>
            <extracomment>From src/parcours_app/export/formats.py:134</extracomment>
            <translation>لا يحتوي هذا المسار على أي مرحلة خاصة بطفل: صدّره كاملًا، دون اختيار طفل.</translation>
        </message>
        <message>
            <source>Étape obligatoire.</source>
            <extracomment>From src/parcours_app/export/ics.py:303</extracomment>
            <translation>مرحلة إلزامية.</translation>
        </message>
        <message>
            <source>Étape recommandée.</source>
            <extracomment>From src/parcours_app/export/ics.py:303</extracomment>
            <translation>مرحلة موصى بها.</translation>
        </message>
        <message>
            <source>Date estimée d’après le terme prévu : elle sera recalculée après la naissance.</source>
            <extracomment>From src/parcours_app/export/ics.py:308</extracomment>
            <translation>تاريخ تقديري محسوب من موعد الولادة المتوقع: سيُعاد حسابه بعد الولادة.</translation>
        </message>
        <message>
            <source>Fait le %1.</source>
            <extracomment>From src/parcours_app/export/ics.py:312</extracomment>
            <translation>أُنجز في %1.</translation>
        </message>
        <message>
            <source>Source officielle : %1, %2 (vérifiée le %3)</source>
            <extracomment>From src/parcours_app/export/ics.py:316</extracomment>
            <translation>المصدر الرسمي: %1، %2 (تم التحقق منه في %3)</translation>
        </message>
        <message>
            <source>Aujourd’hui – %1</source>
            <extracomment>From src/parcours_app/export/ics.py:328</extracomment>
            <translation>اليوم – %1</translation>
        </message>
        <message>
            <source>Demain – %1</source>
            <extracomment>From src/parcours_app/export/ics.py:330</extracomment>
            <translation>غدًا – %1</translation>
        </message>
        <message>
            <source>Dans %1 jours – %2</source>
            <extracomment>From src/parcours_app/export/ics.py:418</extracomment>
            <translation type="vanished">بعد %1 أيام – %2</translation>
        </message>
        <message>
            <source>Rendez-vous</source>
            <extracomment>From src/parcours_app/export/ics.py:351</extracomment>
            <translation>موعد</translation>
        </message>
        <message>
            <source>Source officielle : %1, %2</source>
            <extracomment>From src/parcours_app/export/ics.py:368</extracomment>
            <translation>المصدر الرسمي: %1، %2</translation>
        </message>
        <message>
            <source>Rendez-vous : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:381</extracomment>
            <translation>موعد: %1</translation>
        </message>
    </context>
    <context>
        <name>FamilyForm</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+99" />
            <source>Où en êtes-vous ?</source>
            <translation>أين أنتم الآن؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je suis enceinte / nous attendons un &amp;enfant</source>
            <translation>أنا حامل / ننتظر &amp;طفلًا</translation>
        </message>
        <message>
            <source>Je suis enceinte / nous attendons un enfant</source>
            <translation type="vanished">أنا حامل / ننتظر طفلًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notre enfant est &amp;né</source>
            <translation>&amp;وُلد طفلنا</translation>
        </message>
        <message>
            <source>Notre enfant est né</source>
            <translation type="vanished">وُلد طفلنا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les dates</source>
            <translation>التواريخ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pour les jours fériés et les congés</source>
            <translation>لحساب أيام العطل الرسمية والإجازات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>France métropolitaine</source>
            <translation>فرنسا القارية (France métropolitaine)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alsace-Moselle</source>
            <translation>الألزاس-موزيل (Alsace-Moselle)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guadeloupe</source>
            <translation>غوادلوب (Guadeloupe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Martinique</source>
            <translation>مارتينيك (Martinique)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guyane</source>
            <translation>غويانا (Guyane)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La Réunion</source>
            <translation>لا ريونيون (La Réunion)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mayotte</source>
            <translation>مايوت (Mayotte)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Je ne sais pas / ne souhaite pas dire</source>
            <translation>لا أعرف / لا أرغب في الإجابة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oui, salarié(e)</source>
            <translation>نعم، أجير(ة)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non (indépendant(e), sans emploi…)</source>
            <translation>لا (عمل حر، بدون عمل…)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Régi&amp;on :</source>
            <translation>ال&amp;منطقة:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>L'a&amp;utre parent est salarié :</source>
            <translation>الوالد ال&amp;آخر أجير:</translation>
        </message>
        <message>
            <source>&amp;Région :</source>
            <translation type="vanished">ال&amp;منطقة:</translation>
        </message>
        <message>
            <location line="-1" />
            <source>La mère est &amp;salariée :</source>
            <translation>الأم &amp;أجيرة:</translation>
        </message>
        <message>
            <source>L'autre parent est s&amp;alarié :</source>
            <translation type="vanished">الوالد الآخر &amp;أجير:</translation>
        </message>
    </context>
    <context>
        <name>FamilyQuestions</name>
        <message>
            <location line="-334" />
            <source>Le bébé est-il né ?</source>
            <translation>هل وُلد الطفل؟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ces dates donnent %1 SA aujourd'hui, bien après le terme. Le bébé est-il déjà né ?</source>
            <translation>تعطي هذه التواريخ اليوم مدة حمل (بالأسابيع): %1، أي بعد موعد الولادة بكثير. هل وُلد الطفل بالفعل؟</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Oui, il est né</source>
            <translation>نعم، وُلد</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Non, pas encore</source>
            <translation>لا، ليس بعد</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Rendez-vous après la naissance</source>
            <translation>مواعيد بعد الولادة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ces rendez-vous de grossesse étaient prévus après la date de naissance :
%1

Les supprimer ?</source>
            <translation>كانت مواعيد الحمل هذه مقررة بعد تاريخ الولادة:
%1

هل تريد حذفها؟</translation>
        </message>
    </context>
    <context>
        <name>FileDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/kiosk.py" line="+61" />
            <source>&amp;Voir dans :</source>
            <extracomment>From src/parcours_app/ui/kiosk.py:61</extracomment>
            <translation>ال&amp;بحث في:</translation>
        </message>
        <message>
            <source>&amp;Nom du fichier :</source>
            <extracomment>From src/parcours_app/ui/kiosk.py:62</extracomment>
            <translation>ا&amp;سم الملف:</translation>
        </message>
        <message>
            <source>&amp;Type de fichier :</source>
            <extracomment>From src/parcours_app/ui/kiosk.py:63</extracomment>
            <translation>&amp;نوع الملف:</translation>
        </message>
        <message>
            <source>Annuler</source>
            <extracomment>From src/parcours_app/ui/kiosk.py:64</extracomment>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+443" />
            <source>Les dates enregistrées ne permettent pas de calculer le calendrier : %1 Corrigez-les ci-dessous.</source>
            <translation>التواريخ المحفوظة لا تسمح بحساب التقويم: %1 صحّحها أدناه.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Indiquez une date : le calendrier s'affiche aussitôt ici.</source>
            <translation>أدخل تاريخًا: يظهر التقويم هنا فورًا.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Bienvenue dans Parcours 1000 jours</source>
            <translation>مرحبًا بك في مسار الأيام الألف (Parcours 1000 jours)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Une ou deux dates suffisent pour calculer votre calendrier : examens, démarches, congés et vaccins. Tout reste sur cet ordinateur.</source>
            <translation>يكفي تاريخ أو تاريخان لحساب تقويمك: الفحوصات والإجراءات الإدارية والإجازات واللقاحات. كل شيء يبقى على هذا الحاسوب.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Voir notre parcours</source>
            <translation>&amp;عرض مسارنا</translation>
        </message>
        <message>
            <source>Voir notre parcours</source>
            <translation type="vanished">عرض مسارنا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Entrée</source>
            <translation>اضغط Ctrl+Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Étapes précédentes déjà &amp;faites</source>
            <translation>الخطوات ال&amp;سابقة تمّت بالفعل</translation>
        </message>
        <message>
            <source>Étapes précédentes déjà faites</source>
            <translation type="vanished">الخطوات السابقة تمّت بالفعل</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Les étapes dont la période est passée sont cochées comme faites : rien n'apparaît en retard.</source>
            <translation>تُعلَّم الخطوات التي انقضت مدتها على أنها تمّت: لا يظهر أي تأخير.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Résultat</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Premier lancement : vos dates</source>
            <translation>التشغيل الأول: تواريخك</translation>
        </message>
    </context>
    <context>
        <name>HelplineCard</name>
        <message>
            <location filename="../src/parcours_app/ui/crisis_panel.py" line="-111" />
            <source>Source : %1, %2 (vérifié le %3)</source>
            <translation>المصدر: %1، %2 (تم التحقق منه في %3)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1. Numéro : %2. %3 %4</source>
            <translation>%1. الرقم: %2. %3 %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Numéro de %1 : %2</source>
            <translation>رقم %1: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source de %1</source>
            <translation>مصدر %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/history_page.py" line="+126" />
            <source>Historique illisible</source>
            <translation>تعذّرت قراءة السجل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les résultats gardés n'ont pas pu être lus : %1</source>
            <translation>تعذّرت قراءة النتائج المحفوظة: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 à %2 : %3 sur 30, %4 (%5)</source>
            <translation>%1 على الساعة %2: %3 من 30، %4 (%5)</translation>
        </message>
        <message>
            <location line="+11" />
            <source> ; question 10 : %1 sur 3</source>
            <translation>؛ السؤال 10: %1 من 3</translation>
        </message>
        <message>
            <source>Courbe des scores : %1 résultats gardés</source>
            <translation type="vanished">منحنى النتائج: %1 نتيجة محفوظة</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Courbe des scores : %n résultat(s) gardé(s)</source>
            <translation>
                <numerusform>منحنى النتائج: %n نتيجة محفوظة</numerusform>
                <numerusform>منحنى النتائج: نتيجة واحدة محفوظة</numerusform>
                <numerusform>منحنى النتائج: نتيجتان محفوظتان</numerusform>
                <numerusform>منحنى النتائج: %n نتائج محفوظة</numerusform>
                <numerusform>منحنى النتائج: %n نتيجة محفوظة</numerusform>
                <numerusform>منحنى النتائج: %n نتيجة محفوظة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+35" />
            <source>Effacer ce résultat</source>
            <translation>مسح هذه النتيجة</translation>
        </message>
        <message>
            <location line="-35" />
            <source>Effacer ce résultat de cet ordinateur ? Ce sera définitif.</source>
            <translation>هل تريد مسح هذه النتيجة من هذا الحاسوب؟ سيكون ذلك نهائيًا.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Effacer tous les résultats</source>
            <translation>مسح جميع النتائج</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Effacer tous les résultats gardés sur cet ordinateur ? Ce sera définitif.</source>
            <translation>هل تريد مسح جميع النتائج المحفوظة على هذا الحاسوب؟ سيكون ذلك نهائيًا.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Effacement impossible</source>
            <translation>تعذّر المسح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rien n'a été effacé : %1</source>
            <translation>لم يُمسح أي شيء: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mes résultats gardés</source>
            <translation>نتائجي المحفوظة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Les résultats que vous avez choisi de garder, du plus récent au plus ancien. Les lignes pointillées marquent 9 et 13 points. Ils restent sur cet ordinateur et vous pouvez les effacer.</source>
            <translation>النتائج التي اخترت حفظها، من الأحدث إلى الأقدم. تشير الخطوط المنقّطة إلى 9 و13 نقطة. تبقى على هذا الحاسوب ويمكنك مسحها.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Aucun résultat gardé.</source>
            <translation>لا توجد أي نتيجة محفوظة.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Résultats gardés</source>
            <translation>النتائج المحفوظة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Effacer le résultat sélectionné</source>
            <translation>مسح النتيجة المختارة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tout effacer</source>
            <translation>مسح الكل</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Effacer tous les résultats gardés</source>
            <translation>مسح جميع النتائج المحفوظة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retour</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Retour à l'accueil du questionnaire</source>
            <translation>الرجوع إلى الصفحة الرئيسية للاستبيان</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <source>1er mois de grossesse</source>
            <extracomment>From src/parcours_app/ui/home_page.py:42</extracomment>
            <translation>الشهر الأول من الحمل</translation>
        </message>
        <message>
            <source>%1e mois de grossesse</source>
            <extracomment>From src/parcours_app/ui/home_page.py:43</extracomment>
            <translation>الشهر %1 من الحمل</translation>
        </message>
        <message>
            <source>Votre enfant</source>
            <extracomment>From src/parcours_app/ui/home_page.py:54</extracomment>
            <translation>طفلك</translation>
        </message>
        <message>
            <source>%n an</source>
            <extracomment>From src/parcours_app/ui/home_page.py:58</extracomment>
            <translation type="vanished">%n سنة</translation>
        </message>
        <message>
            <source>%n ans</source>
            <extracomment>From src/parcours_app/ui/home_page.py:58</extracomment>
            <translation type="vanished">%n سنوات</translation>
        </message>
        <message>
            <source>%n mois</source>
            <extracomment>From src/parcours_app/ui/home_page.py:60; src/parcours_app/ui/home_page.py:60; src/parcours_app/ui/home_page.py:71; … and 1 more</extracomment>
            <translation type="vanished">%n شهر</translation>
        </message>
        <message>
            <source>%1 a %2 et %3</source>
            <extracomment>From src/parcours_app/ui/home_page.py:61; src/parcours_app/ui/home_page.py:73</extracomment>
            <translation>%1، العمر: %2 و%3</translation>
        </message>
        <message>
            <source>%1 a %2</source>
            <extracomment>From src/parcours_app/ui/home_page.py:66; src/parcours_app/ui/home_page.py:69; src/parcours_app/ui/home_page.py:72</extracomment>
            <translation>%1، العمر: %2</translation>
        </message>
        <message>
            <source>%n jour</source>
            <extracomment>From src/parcours_app/ui/home_page.py:68</extracomment>
            <translation type="vanished">%n يوم</translation>
        </message>
        <message>
            <source>%n jours</source>
            <extracomment>From src/parcours_app/ui/home_page.py:68</extracomment>
            <translation type="vanished">%n يوم</translation>
        </message>
        <message>
            <source>Grossesse à venir : terme prévu le %1</source>
            <extracomment>From src/parcours_app/ui/home_page.py:86</extracomment>
            <translation>حمل قادم: موعد الولادة المتوقع %1</translation>
        </message>
        <message>
            <source>%1 SA + %2 j — %3</source>
            <extracomment>From src/parcours_app/ui/home_page.py:90</extracomment>
            <translation>عمر الحمل: %1+%2 (أسابيع+أيام، SA) — %3</translation>
        </message>
        <message>
            <source>terme dépassé</source>
            <extracomment>From src/parcours_app/ui/home_page.py:91</extracomment>
            <translation>تجاوز موعد الولادة المتوقع</translation>
        </message>
        <message>
            <source> (jumeaux)</source>
            <extracomment>From src/parcours_app/ui/home_page.py:93</extracomment>
            <translation> (توأمان)</translation>
        </message>
        <message>
            <source> (triplés)</source>
            <extracomment>From src/parcours_app/ui/home_page.py:95</extracomment>
            <translation> (ثلاثة توائم)</translation>
        </message>
        <message>
            <source>Terme prévu le %1</source>
            <extracomment>From src/parcours_app/ui/home_page.py:97</extracomment>
            <translation>موعد الولادة المتوقع %1</translation>
        </message>
        <message>
            <source>Naissance indiquée le %1</source>
            <extracomment>From src/parcours_app/ui/home_page.py:103</extracomment>
            <translation>تاريخ الولادة المُدخل %1</translation>
        </message>
        <message>
            <source>Les 1000 premiers jours commencent le %1 (début du 4e mois de grossesse).</source>
            <extracomment>From src/parcours_app/ui/home_page.py:117</extracomment>
            <translation>تبدأ الأيام الألف الأولى في %1 (بداية الشهر الرابع من الحمل).</translation>
        </message>
        <message>
            <source>Les 1000 premiers jours se sont terminés le %1 (2 ans).</source>
            <extracomment>From src/parcours_app/ui/home_page.py:121</extracomment>
            <translation>انتهت الأيام الألف الأولى في %1 (عمر سنتين).</translation>
        </message>
        <message>
            <source>Jour %1 des 1000 premiers jours, qui vont du début du 4e mois de grossesse aux 2 ans de l'enfant.</source>
            <extracomment>From src/parcours_app/ui/home_page.py:125</extracomment>
            <translation>اليوم %1 من الأيام الألف الأولى، التي تمتد من بداية الشهر الرابع من الحمل إلى أن يبلغ الطفل سنتين.</translation>
        </message>
        <message>
            <source>1 étape calculée pour votre famille.</source>
            <extracomment>From src/parcours_app/ui/home_page.py:165</extracomment>
            <translation>مرحلة واحدة محسوبة لعائلتك.</translation>
        </message>
        <message>
            <source>%1 étapes calculées pour votre famille.</source>
            <extracomment>From src/parcours_app/ui/home_page.py:167</extracomment>
            <translation>تم حساب مراحل عائلتك (عددها: %1).</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../src/parcours_app/ui/home_page.py" line="+441" />
            <source>Aujourd'hui, %1</source>
            <translation>اليوم، %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Aucune famille n'est encore enregistrée.</source>
            <translation>لم تُسجَّل أي عائلة بعد.</translation>
        </message>
        <message>
            <source>Rien en retard. 👍</source>
            <translation type="vanished">لا شيء متأخر. 👍</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Rien à faire cette semaine.</source>
            <translation>لا شيء للقيام به هذا الأسبوع.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plus aucune étape à venir.</source>
            <translation>لم تعد هناك أي مرحلة قادمة.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="vanished">%1 (%2)</translation>
        </message>
        <message>
            <source>dernier jour le %1</source>
            <translation type="vanished">آخر يوم %1</translation>
        </message>
        <message>
            <location line="+51" />
            <source>le %1</source>
            <translation>في %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>du %1 au %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <source> — obligatoire</source>
            <translation type="vanished"> — إلزامي</translation>
        </message>
        <message>
            <source>%1 : %2</source>
            <translation type="vanished">%1: %2</translation>
        </message>
        <message>
            <source>%1 le %2 à %3</source>
            <translation type="vanished">%1 يوم %2 على الساعة %3</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Rendez-vous</source>
            <translation>موعد</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
        <message numerus="yes">
            <location line="-4" />
            <source>plus que %n jours</source>
            <translation>
                <numerusform>الأيام المتبقية: %n</numerusform>
                <numerusform>الأيام المتبقية: %n</numerusform>
                <numerusform>الأيام المتبقية: %n</numerusform>
                <numerusform>الأيام المتبقية: %n</numerusform>
                <numerusform>الأيام المتبقية: %n</numerusform>
                <numerusform>الأيام المتبقية: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Aucun rendez-vous noté pour les 7 prochains jours.</source>
            <translation>لا يوجد أي موعد مسجّل خلال الأيام السبعة القادمة.</translation>
        </message>
        <message>
            <source>&amp;En retard</source>
            <translation type="vanished">&amp;متأخر</translation>
        </message>
        <message>
            <source>À faire cette &amp;semaine</source>
            <translation type="vanished">للقيام به هذا الأ&amp;سبوع</translation>
        </message>
        <message>
            <source>&amp;Prochaines étapes</source>
            <translation type="vanished">المراحل ال&amp;قادمة</translation>
        </message>
        <message>
            <source>&amp;Rendez-vous des 7 prochains jours</source>
            <translation type="vanished">م&amp;واعيد الأيام السبعة القادمة</translation>
        </message>
        <message>
            <source>En retard</source>
            <translation type="vanished">متأخر</translation>
        </message>
        <message>
            <location line="+55" />
            <source>À faire cette semaine</source>
            <translation>للقيام به هذا الأسبوع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prochaines étapes</source>
            <translation>المراحل القادمة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rendez-vous des 7 prochains jours</source>
            <translation>مواعيد الأيام السبعة القادمة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Fait aujourd'hui</source>
            <translation>أُنجز ال&amp;يوم</translation>
        </message>
        <message>
            <source>Marquer l'étape choisie comme faite aujourd'hui</source>
            <translation type="vanished">تسجيل المرحلة المختارة كمُنجَزة اليوم</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Me le rappeler dans une se&amp;maine</source>
            <translation>&amp;ذكّرني بعد أسبوع</translation>
        </message>
        <message>
            <source>Reporter l'étape choisie d'une semaine</source>
            <translation type="vanished">تأجيل المرحلة المختارة أسبوعًا واحدًا</translation>
        </message>
        <message>
            <location line="-226" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Aucune étape en cours aujourd'hui.</source>
            <translation>لا توجد مرحلة جارية اليوم.</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+58" />
            <source>Voir</source>
            <translation>عرض</translation>
        </message>
        <message>
            <location line="-58" />
            <source>Voir le détail de l'étape</source>
            <translation>عرض تفاصيل المرحلة</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Date limite passée : %1</source>
            <translation>انقضى الموعد النهائي: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>jusqu'au %1</source>
            <translation>حتى %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>obligatoire</source>
            <translation>إلزامي</translation>
        </message>
        <message>
            <location line="+0" />
            <source>recommandé</source>
            <translation>موصى به</translation>
        </message>
        <message>
            <location line="+3" />
            <source>À rattraper · %1</source>
            <translation>للاستدراك · %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>dernier jour aujourd'hui</source>
            <translation>اليوم هو آخر يوم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>dernier jour demain</source>
            <translation>غدًا هو آخر يوم</translation>
        </message>
        <message>
            <source>plus que %1 jours</source>
            <translation type="vanished">الأيام المتبقية: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Urgent : %1</source>
            <translation>عاجل: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>le %1 à %2</source>
            <translation>في %1 الساعة %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Voir l'étape de ce rendez-vous</source>
            <translation>عرض مرحلة هذا الموعد</translation>
        </message>
        <message>
            <location line="+10" />
            <source>1 étape passée avant que vous utilisiez l'application : l'avez-vous faite ?</source>
            <translation>مرحلة واحدة انتهت قبل أن تبدأ استخدام التطبيق: هل قمت بها؟</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 étapes passées avant que vous utilisiez l'application : les avez-vous faites ?</source>
            <translation>مراحل انتهت قبل أن تبدأ استخدام التطبيق (عددها: %1): هل قمت بها؟</translation>
        </message>
        <message>
            <location line="+17" />
            <source>« %1 » : marqué fait aujourd'hui.</source>
            <translation>«%1»: سُجّلت منجزة اليوم.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>« %1 » : reporté d'une semaine.</source>
            <translation>«%1»: أُجّلت أسبوعًا.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Annuler</source>
            <translation>ترا&amp;جع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Annuler : %1</source>
            <translation>تراجع: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Étape choisie : %1</source>
            <translation>المرحلة المختارة: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Marquer « %1 » comme fait aujourd'hui</source>
            <translation>تسجيل «%1» منجزة اليوم</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reporter « %1 » d'une semaine</source>
            <translation>تأجيل «%1» أسبوعًا</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choisissez une étape ci-dessus pour la marquer comme faite ou la reporter.</source>
            <translation>اختر مرحلة أعلاه لتسجيلها منجزة أو لتأجيلها.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Choisissez d'abord une étape</source>
            <translation>اختر مرحلة أولًا</translation>
        </message>
        <message>
            <location line="+3" />
            <source>En cours</source>
            <translation>جارية الآن</translation>
        </message>
        <message>
            <location line="+2" />
            <source>À rattraper</source>
            <translation>للاستدراك</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Étapes passées</source>
            <translation>مراحل سابقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Répondre</source>
            <translation>أ&amp;جب</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Répondre : ces étapes passées, les avez-vous faites ?</source>
            <translation>أجب: هذه المراحل السابقة، هل قمت بها؟</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Message clé pour cette période</source>
            <translation>رسالة أساسية لهذه الفترة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prendre soin de soi</source>
            <translation>الاعتناء بالنفس</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Après une naissance, chacun des deux parents peut traverser une période difficile. Un questionnaire de 10 questions aide à faire le point sur les 7 derniers jours ; les réponses restent sur cet ordinateur.</source>
            <translation>بعد الولادة، قد يمرّ كلّ من الوالدين بفترة صعبة. يساعد استبيان من 10 أسئلة على تقييم الحالة خلال الأيام السبعة الأخيرة؛ وتبقى الإجابات على هذا الحاسوب.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Faire le point : la mère</source>
            <translation>تقييم الحالة: الأم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Faire le point sur son moral : questionnaire pour la mère</source>
            <translation>تقييم الحالة النفسية: استبيان للأم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Faire le point : l'autre parent</source>
            <translation>تقييم الحالة: الوالد الآخر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Faire le point sur son moral : questionnaire pour l'autre parent</source>
            <translation>تقييم الحالة النفسية: استبيان للوالد الآخر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aujourd'hui</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Où en est la famille</source>
            <translation>أين وصلت العائلة</translation>
        </message>
    </context>
    <context>
        <name>Journey</name>
        <message>
            <source>Région inconnue.</source>
            <extracomment>From src/parcours_app/core/journey.py:102</extracomment>
            <translation>منطقة غير معروفة.</translation>
        </message>
        <message>
            <source>Trop de grossesses ou d'enfants pour une seule famille : vérifiez la saisie.</source>
            <extracomment>From src/parcours_app/core/journey.py:104; src/parcours_app/core/validation.py:50</extracomment>
            <translation>عدد كبير جدًا من حالات الحمل أو الأطفال لعائلة واحدة: تحقّق مما أدخلته.</translation>
        </message>
        <message>
            <source>Deux grossesses portent la même clé : chaque grossesse doit avoir la sienne.</source>
            <extracomment>From src/parcours_app/core/journey.py:107; src/parcours_app/core/validation.py:55</extracomment>
            <translation>لحملين المفتاح نفسه: يجب أن يكون لكل حمل مفتاحه الخاص.</translation>
        </message>
        <message>
            <source>Deux enfants portent la même clé : chaque enfant doit avoir la sienne.</source>
            <extracomment>From src/parcours_app/core/journey.py:110; src/parcours_app/core/validation.py:59</extracomment>
            <translation>لطفلين المفتاح نفسه: يجب أن يكون لكل طفل مفتاحه الخاص.</translation>
        </message>
        <message>
            <source>La clé « %1 » ne doit contenir ni deux-points ni espaces au bord.</source>
            <extracomment>From src/parcours_app/core/journey.py:113</extracomment>
            <translation>يجب ألا يحتوي المفتاح «%1» على نقطتين ولا على مسافة في بدايته أو نهايته.</translation>
        </message>
        <message>
            <source>La durée d'hospitalisation du bébé doit être comprise entre 0 et 366 jours.</source>
            <extracomment>From src/parcours_app/core/journey.py:123; src/parcours_app/core/validation.py:66</extracomment>
            <translation>يجب أن تكون مدة بقاء الرضيع في المستشفى بين 0 و366 يومًا.</translation>
        </message>
        <message>
            <source>La date de naissance de l'enfant (%1) est après aujourd'hui (%2) : pour une naissance à venir, indiquez le terme prévu de la grossesse.</source>
            <extracomment>From src/parcours_app/core/journey.py:130</extracomment>
            <translation>تاريخ ولادة الطفل (%1) بعد اليوم (%2): لولادة قادمة، أدخل موعد الولادة المتوقع للحمل.</translation>
        </message>
        <message>
            <source>La date de naissance de l'enfant (%1) a plus de 18 ans : vérifiez l'année.</source>
            <extracomment>From src/parcours_app/core/journey.py:139</extracomment>
            <translation>تاريخ ولادة الطفل (%1) يعود إلى أكثر من 18 سنة: تحقّق من السنة.</translation>
        </message>
        <message>
            <source>L'enfant est rattaché à une grossesse qui n'existe pas : enregistrez-la d'abord.</source>
            <extracomment>From src/parcours_app/core/journey.py:147; src/parcours_app/core/validation.py:73</extracomment>
            <translation>الطفل مرتبط بحمل غير موجود: سجّل الحمل أولًا.</translation>
        </message>
    </context>
    <context>
        <name>JourneyCalendar</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/month_view.py" line="+48" />
            <source>Mois précédent</source>
            <translation>الشهر السابق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mois suivant</source>
            <translation>الشهر التالي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choisir le mois</source>
            <translation>اختيار الشهر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choisir l'année</source>
            <translation>اختيار السنة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jours du mois</source>
            <translation>أيام الشهر</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%1 : %n étape(s) ou rendez-vous ce jour-là</source>
            <translation>
                <numerusform>%1: %n مرحلة أو موعد في ذلك اليوم</numerusform>
                <numerusform>%1: مرحلة أو موعد واحد في ذلك اليوم</numerusform>
                <numerusform>%1: مرحلتان أو موعدان في ذلك اليوم</numerusform>
                <numerusform>%1: %n مراحل أو مواعيد في ذلك اليوم</numerusform>
                <numerusform>%1: %n مرحلة أو موعدًا في ذلك اليوم</numerusform>
                <numerusform>%1: %n مرحلة أو موعد في ذلك اليوم</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 : %2 étape(s) ou rendez-vous ce jour-là</source>
            <translation type="vanished">%1: عدد المراحل أو المواعيد في ذلك اليوم: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 : aucune étape ce jour-là</source>
            <translation>%1: لا توجد أي مرحلة في ذلك اليوم</translation>
        </message>
    </context>
    <context>
        <name>JourneyFilters</name>
        <message>
            <source>Grossesse %1 (terminée)</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:83</extracomment>
            <translation>الحمل %1 (انتهى)</translation>
        </message>
        <message>
            <source>Grossesse %1</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:85</extracomment>
            <translation>الحمل %1</translation>
        </message>
        <message>
            <source>Grossesse (terminée)</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:87</extracomment>
            <translation>الحمل (انتهى)</translation>
        </message>
        <message>
            <source>Grossesse</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:89</extracomment>
            <translation>الحمل</translation>
        </message>
        <message>
            <source>Enfant %1</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:92; src/parcours_app/core/journey_filters.py:436</extracomment>
            <translation>الطفل %1</translation>
        </message>
        <message>
            <source>1er mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:322</extracomment>
            <translation>الشهر 1</translation>
        </message>
        <message>
            <source>%1e mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:323</extracomment>
            <translation>الشهر %1</translation>
        </message>
        <message>
            <source>0–3 mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:328</extracomment>
            <translation>0–3 أشهر</translation>
        </message>
        <message>
            <source>de la naissance à 3 mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:328</extracomment>
            <translation>من الولادة إلى 3 أشهر</translation>
        </message>
        <message>
            <source>3–6 mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:329</extracomment>
            <translation>3–6 أشهر</translation>
        </message>
        <message>
            <source>de 3 à 6 mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:329</extracomment>
            <translation>من 3 إلى 6 أشهر</translation>
        </message>
        <message>
            <source>6–12 mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:330</extracomment>
            <translation>6–12 شهرًا</translation>
        </message>
        <message>
            <source>de 6 mois à 1 an</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:330</extracomment>
            <translation>من 6 أشهر إلى سنة</translation>
        </message>
        <message>
            <source>1–2 ans</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:331</extracomment>
            <translation>1–2 سنة</translation>
        </message>
        <message>
            <source>de 1 à 2 ans</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:331</extracomment>
            <translation>من سنة إلى سنتين</translation>
        </message>
        <message>
            <source>2–3 ans</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:332</extracomment>
            <translation>2–3 سنوات</translation>
        </message>
        <message>
            <source>de 2 à 3 ans</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:332</extracomment>
            <translation>من سنتين إلى 3 سنوات</translation>
        </message>
        <message>
            <source>%1e mois de grossesse</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:350</extracomment>
            <translation>الشهر %1 من الحمل</translation>
        </message>
        <message>
            <source>1er mois de grossesse</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:352</extracomment>
            <translation>الشهر الأول من الحمل</translation>
        </message>
        <message>
            <source>Terme</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:359</extracomment>
            <translation>موعد الولادة المتوقع</translation>
        </message>
        <message>
            <source>après le terme, jusqu'à la naissance</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:360</extracomment>
            <translation>بعد موعد الولادة المتوقع وحتى الولادة</translation>
        </message>
    </context>
    <context>
        <name>JourneyListModel</name>
        <message>
            <source>1 étape</source>
            <translation type="vanished">مرحلة واحدة</translation>
        </message>
        <message>
            <source>%1 étapes</source>
            <translation type="vanished">عدد المراحل: %1</translation>
        </message>
        <message>
            <location filename="../src/parcours_app/ui/journey/list_model.py" line="+249" />
            <source>Rendez-vous pris le %1 à %2</source>
            <translation>موعد محجوز يوم %1 على الساعة %2</translation>
        </message>
        <message numerus="yes">
            <source>%n étape(s)</source>
            <extracomment>From src/parcours_app/ui/journey/list_model.py:193</extracomment>
            <translation>
                <numerusform>%n مرحلة</numerusform>
                <numerusform>مرحلة واحدة</numerusform>
                <numerusform>مرحلتان</numerusform>
                <numerusform>%n مراحل</numerusform>
                <numerusform>%n مرحلة</numerusform>
                <numerusform>%n مرحلة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JourneyPage</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/page.py" line="+313" />
            <source>Cliquez sur un jour pour voir les étapes en cours ce jour-là.</source>
            <translation>انقر على يوم لترى المراحل الجارية في ذلك اليوم.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Étapes en cours le %1.</source>
            <translation>المراحل الجارية يوم %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 sur %2</source>
            <translation>%1 من %2</translation>
        </message>
        <message>
            <source>%1 étapes affichées sur %2</source>
            <translation type="vanished">عرض %1 مرحلة من أصل %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Le parcours apparaîtra ici dès qu'une date de grossesse ou de naissance sera saisie.</source>
            <translation>سيظهر المسار هنا بمجرد إدخال تاريخ للحمل أو للولادة.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Aucune étape ne correspond à ces filtres.</source>
            <translation>لا توجد أي مرحلة تطابق عوامل التصفية هذه.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Toute la famille</source>
            <translation>كل العائلة</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Parcours</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:475</extracomment>
            <translation>المسار</translation>
        </message>
        <message>
            <source>Afficher :</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:476</extracomment>
            <translation>عرض:</translation>
        </message>
        <message>
            <source>&amp;Grossesse</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:478</extracomment>
            <translation>ال&amp;حمل</translation>
        </message>
        <message>
            <source>&amp;Congés</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:479</extracomment>
            <translation>الإ&amp;جازات</translation>
        </message>
        <message>
            <source>&amp;Enfant</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:480</extracomment>
            <translation>ال&amp;طفل</translation>
        </message>
        <message>
            <source>&amp;Démarches</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:481</extracomment>
            <translation>الإجراءات الإ&amp;دارية</translation>
        </message>
        <message>
            <source>Afficher les étapes : %1</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:486</extracomment>
            <translation>عرض المراحل: %1</translation>
        </message>
        <message>
            <source>&amp;Obligatoires seulement</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:490</extracomment>
            <translation>الإلزامية &amp;فقط</translation>
        </message>
        <message>
            <source>Afficher seulement les étapes obligatoires</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:491</extracomment>
            <translation>عرض المراحل الإلزامية فقط</translation>
        </message>
        <message>
            <source>&amp;Pour :</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:493</extracomment>
            <translation>&amp;لـ:</translation>
        </message>
        <message>
            <source>Pour quelle grossesse ou quel enfant</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:494</extracomment>
            <translation>لأي حمل أو لأي طفل</translation>
        </message>
        <message>
            <source>&amp;Tout afficher</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:499</extracomment>
            <translation>عرض ال&amp;كل</translation>
        </message>
        <message>
            <source>Effacer les filtres et tout afficher</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:500; src/parcours_app/ui/journey/page.py:532</extracomment>
            <translation>مسح عوامل التصفية وعرض الكل</translation>
        </message>
        <message>
            <source>&amp;Mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:502</extracomment>
            <translation>ال&amp;شهر</translation>
        </message>
        <message>
            <source>Vue du mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:503</extracomment>
            <translation>عرض الشهر</translation>
        </message>
        <message>
            <source>Les jours soulignés en gras ouvrent ou ferment une étape ; le chiffre dit combien. Entrée ou clic : voir les étapes en cours ce jour-là.</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:505</extracomment>
            <translation>الأيام التي تحتها خط عريض تفتح مرحلة أو تغلقها؛ ويشير الرقم إلى عددها. مفتاح الإدخال أو النقر: عرض المراحل الجارية في ذلك اليوم.</translation>
        </message>
        <message>
            <source>Jour souligné en gras : une étape commence, se termine ou est conseillée ce jour-là (le chiffre indique combien). Jour encadré : aujourd'hui.</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:513</extracomment>
            <translation>يوم تحته خط عريض: مرحلة تبدأ أو تنتهي أو يُنصح بها في ذلك اليوم (يشير الرقم إلى عددها). يوم داخل إطار: اليوم الحالي.</translation>
        </message>
        <message>
            <source>Tous les &amp;jours</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:521</extracomment>
            <translation>كل الأ&amp;يام</translation>
        </message>
        <message>
            <source>Ne plus filtrer par jour</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:522</extracomment>
            <translation>إلغاء التصفية حسب اليوم</translation>
        </message>
        <message>
            <source>Étape&amp;s par mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:524</extracomment>
            <translation>ال&amp;خطوات حسب الشهر</translation>
        </message>
        <message>
            <source>É&amp;tapes par mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:515</extracomment>
            <translation type="vanished">&amp;المراحل حسب الشهر</translation>
        </message>
        <message>
            <source>Étapes du parcours, par mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:525</extracomment>
            <translation>مراحل المسار، حسب الشهر</translation>
        </message>
        <message>
            <source>Flèches pour parcourir, Entrée pour agir sur l'étape choisie.</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:527</extracomment>
            <translation>الأسهم للتنقل، ومفتاح الإدخال للتصرف في المرحلة المختارة.</translation>
        </message>
        <message>
            <source>Tout afficher</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:531</extracomment>
            <translation>عرض الكل</translation>
        </message>
        <message>
            <source>Dernière action</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:534</extracomment>
            <translation>آخر إجراء</translation>
        </message>
        <message numerus="yes">
            <source>%n étape(s) affichée(s) sur %1</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:329</extracomment>
            <translation>
                <numerusform>عرض %n مرحلة من أصل %1</numerusform>
                <numerusform>عرض مرحلة واحدة من أصل %1</numerusform>
                <numerusform>عرض مرحلتين من أصل %1</numerusform>
                <numerusform>عرض %n مراحل من أصل %1</numerusform>
                <numerusform>عرض %n مرحلة من أصل %1</numerusform>
                <numerusform>عرض %n مرحلة من أصل %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JourneyTexts</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/texts.py" line="+41" />
            <location filename="../src/parcours_app/ui/reminders.py" line="+216" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location line="+29" />
            <source>le %1</source>
            <translation>في %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>du %1 au %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>aujourd'hui</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>demain</source>
            <translation>غدًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>hier</source>
            <translation>أمس</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Fait le %1</source>
            <translation>أُنجز في %1</translation>
        </message>
        <message>
            <source>Écarté</source>
            <translation type="vanished">مستبعَد</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reporté au %1</source>
            <translation>مؤجَّل إلى %1</translation>
        </message>
        <message>
            <source>En retard : la période s'est terminée %1</source>
            <translation type="vanished">متأخر: انتهت الفترة %1</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Mis de côté</source>
            <translation>مُنحّاة جانبًا</translation>
        </message>
        <message>
            <location line="+6" />
            <source>À rattraper : la date limite est passée %1, il est encore temps de le faire</source>
            <translation>للاستدراك: انقضى الموعد النهائي %1، وما زال هناك وقت للقيام بها</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Passé : l'avez-vous fait ?</source>
            <translation>سابقة: هل قمت بها؟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Période passée</source>
            <translation>فترة منقضية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>En cours : dernier jour aujourd'hui</source>
            <translation>جارٍ: آخر يوم هو اليوم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>En cours, jusqu'au %1</source>
            <translation>جارٍ، حتى %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>À venir : %1</source>
            <translation>قادم: %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>obligatoire</source>
            <translation>إلزامي</translation>
        </message>
        <message>
            <location line="+2" />
            <source>recommandé</source>
            <translation>موصى به</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+13" />
            <source>Grossesse</source>
            <translation>الحمل</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Démarche</source>
            <translation>إجراء إداري</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Congé</source>
            <translation>إجازة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Après la naissance</source>
            <translation>بعد الولادة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suivi de l'enfant</source>
            <translation>متابعة الطفل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vaccin</source>
            <translation>لقاح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auto-questionnaire</source>
            <translation>الاختبار الذاتي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Étape</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Congés</source>
            <translation>الإجازات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enfant</source>
            <translation>الطفل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Démarches</source>
            <translation>الإجراءات الإدارية</translation>
        </message>
        <message>
            <location line="+6" />
            <source>la date des dernières règles</source>
            <translation>تاريخ آخر دورة شهرية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>la date de début de grossesse</source>
            <translation>تاريخ بداية الحمل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>la date prévue d'accouchement</source>
            <translation>موعد الولادة المتوقع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>la date de naissance</source>
            <translation>تاريخ الولادة</translation>
        </message>
        <message>
            <location line="+18" />
            <source>date estimée</source>
            <translation>تاريخ تقديري</translation>
        </message>
    </context>
    <context>
        <name>KioskNotice</name>
        <message>
            <location filename="../src/parcours_app/ui/kiosk_notice.py" line="+25" />
            <source>Site officiel</source>
            <extracomment>From src/parcours_app/ui/kiosk_notice.py:25</extracomment>
            <translation>موقع رسمي</translation>
        </message>
        <message>
            <source>Sur cet écran partagé, les sites ne s'ouvrent pas. Notez l'adresse pour la consulter chez vous :

%1</source>
            <extracomment>From src/parcours_app/ui/kiosk_notice.py:26</extracomment>
            <translation>لا تُفتح المواقع على هذه الشاشة المشتركة. دوّن العنوان لتطّلع عليه في المنزل:

%1</translation>
        </message>
    </context>
    <context>
        <name>Leave</name>
        <message>
            <source>Vous pouvez reporter au plus 3 semaines du congé prénatal après la naissance.</source>
            <extracomment>From src/parcours_app/core/leave.py:103</extracomment>
            <translation>يمكنك تأجيل 3 أسابيع على الأكثر من إجازة ما قبل الولادة إلى ما بعد الولادة.</translation>
        </message>
        <message>
            <source>Avancer des semaines avant la naissance n'est possible que pour des jumeaux (4 semaines) ou à partir du 3e enfant (2 semaines).</source>
            <extracomment>From src/parcours_app/core/leave.py:115</extracomment>
            <translation>تقديم أسابيع إلى ما قبل الولادة ممكن فقط في حالة التوأمين (4 أسابيع) أو ابتداءً من الطفل الثالث (أسبوعان).</translation>
        </message>
        <message>
            <source>Vous pouvez avancer au plus %1 semaines avant la naissance.</source>
            <extracomment>From src/parcours_app/core/leave.py:120</extracomment>
            <translation type="vanished">يمكنك نقل %1 أسابيع على الأكثر إلى ما قبل الولادة.</translation>
        </message>
        <message numerus="yes">
            <source>Vous pouvez avancer au plus %n semaine(s) avant la naissance.</source>
            <extracomment>From src/parcours_app/core/leave.py:121</extracomment>
            <translation>
                <numerusform>يمكنك نقل %n أسبوع على الأكثر إلى ما قبل الولادة.</numerusform>
                <numerusform>يمكنك نقل أسبوع واحد على الأكثر إلى ما قبل الولادة.</numerusform>
                <numerusform>يمكنك نقل أسبوعين على الأكثر إلى ما قبل الولادة.</numerusform>
                <numerusform>يمكنك نقل %n أسابيع على الأكثر إلى ما قبل الولادة.</numerusform>
                <numerusform>يمكنك نقل %n أسبوعًا على الأكثر إلى ما قبل الولادة.</numerusform>
                <numerusform>يمكنك نقل %n أسبوع على الأكثر إلى ما قبل الولادة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choisissez soit de reporter des semaines après la naissance, soit d'en avancer avant, pas les deux.</source>
            <extracomment>From src/parcours_app/core/leave.py:125</extracomment>
            <translation>اختر إما تأجيل أسابيع إلى ما بعد الولادة، وإما تقديمها إلى ما قبلها، وليس الاثنين معًا.</translation>
        </message>
        <message>
            <source>Le congé pathologique avant la naissance dure au plus 14 jours.</source>
            <extracomment>From src/parcours_app/core/leave.py:128</extracomment>
            <translation>لا تتجاوز الإجازة المرضية المرتبطة بالحمل قبل الولادة 14 يومًا.</translation>
        </message>
        <message>
            <source>Le congé pathologique après la naissance dure au plus 28 jours.</source>
            <extracomment>From src/parcours_app/core/leave.py:130</extracomment>
            <translation>لا تتجاوز الإجازة المرضية المرتبطة بالولادة بعد الوضع 28 يومًا.</translation>
        </message>
    </context>
    <context>
        <name>LeaveLetterDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/leave_page.py" line="+258" />
            <source>Impossible d'écrire %1 (%2).</source>
            <translation>تعذّرت كتابة %1 (%2).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lettre à l'employeur</source>
            <translation>رسالة إلى صاحب العمل</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Une lettre en français, prête à signer, avec les dates de cette période. Tapez les noms : ils ne sont pas enregistrés, et rien ne quitte l'ordinateur.</source>
            <translation>رسالة باللغة الفرنسية جاهزة للتوقيع، تتضمن تواريخ هذه الفترة. اكتب الأسماء: لا تُحفظ، ولا يغادر أي شيء الحاسوب.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Votre prénom et nom</source>
            <translation>اسمك الأول واسم العائلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votre adresse</source>
            <translation>عنوانك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employeur (société, service)</source>
            <translation>صاحب العمل (الشركة، القسم)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adresse de l'employeur</source>
            <translation>عنوان صاحب العمل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lieu (ville)</source>
            <translation>المكان (المدينة)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enregistrer en PDF…</source>
            <translation>حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fermer</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>LeavePage</name>
        <message>
            <location line="-207" />
            <source>Enregistrer la lettre</source>
            <translation>حفظ الرسالة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Lettre non enregistrée</source>
            <translation>لم تُحفظ الرسالة</translation>
        </message>
        <message>
            <location line="+360" />
            <source>Grossesse %1 (%2)</source>
            <translation>الحمل %1 (%2)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Indiquez le premier et le dernier jour de la période (jj/mm/aaaa).</source>
            <translation>أدخل اليوم الأول واليوم الأخير من الفترة (يوم/شهر/سنة).</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Retirer : %1</source>
            <translation>إزالة: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lettre à l'employeur : %1</source>
            <translation>رسالة إلى صاحب العمل: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Retirer la période</source>
            <translation>إزالة الفترة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lettre à l'employeur</source>
            <translation>رسالة إلى صاحب العمل</translation>
        </message>
        <message>
            <location line="+53" />
            <source>✔ Le plan respecte les règles des salariés du secteur privé.</source>
            <translation>✔ الخطة تحترم قواعد الأجراء في القطاع الخاص.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sans délai</source>
            <translation>دون تأخير</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (date passée)</source>
            <translation>%1 (تاريخ مضى)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>à corriger</source>
            <translation>للتصحيح</translation>
        </message>
        <message>
            <location line="+0" />
            <source>conforme</source>
            <translation>مطابقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 j</source>
            <translation>%1 ي</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+1" />
            <source>Nos congés</source>
            <translation>إجازاتنا</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Les congés des deux parents, côte à côte, du congé de maternité au premier anniversaire. Les règles appliquées sont celles des salariés du secteur privé. Fonction publique, indépendants et autres statuts : voyez les pages officielles ci-dessous.</source>
            <translation>إجازات الوالدين جنبًا إلى جنب، من إجازة الأمومة حتى عيد الميلاد الأول. القواعد المطبّقة هي قواعد الأجراء في القطاع الخاص. للوظيفة العمومية والعاملين لحسابهم الخاص والأوضاع الأخرى: راجع الصفحات الرسمية أدناه.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fonction publique (service-public.fr)</source>
            <translation>الوظيفة العمومية (service-public.fr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Congé supplémentaire (service-public.fr)</source>
            <translation>الإجازة الإضافية (service-public.fr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indépendants : votre caisse (ameli.fr)</source>
            <translation>العاملون لحسابهم الخاص: صندوقكم (ameli.fr)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Indiquez une grossesse (date du terme) pour préparer les congés des deux parents.</source>
            <translation>أدخل حملًا (موعد الولادة المتوقع) لتحضير إجازات الوالدين.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>⚠ La date de naissance réelle remet en cause ce plan. Il n'a pas été déplacé : corrigez les périodes signalées ci-dessous (chaque modification est enregistrée avec la vraie date).</source>
            <translation>⚠ تاريخ الولادة الفعلي يخالف هذه الخطة. لم تُنقل: صحّح الفترات المشار إليها أدناه (يُحفظ كل تعديل مع التاريخ الفعلي).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dates estimées à partir du terme : elles seront recalculées avec la date de naissance.</source>
            <translation>تواريخ مقدّرة انطلاقًا من موعد الولادة المتوقع: ستُعاد حسابها مع تاريخ الولادة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clair : fixé par la loi à partir des dates. Foncé : les périodes que vous choisissez. « ! » et contour épais : une règle n'est pas respectée. Pointillés : aujourd'hui.</source>
            <translation>فاتح: يحدده القانون انطلاقًا من التواريخ. داكن: الفترات التي تختارونها. « ! » وإطار سميك: قاعدة غير محترمة. الخط المتقطع: اليوم.</translation>
        </message>
        <message>
            <source>Clair : fixé par la loi à partir des dates. Foncé : les périodes que vous choisissez. « ! » et contour épais : une règle n'est pas respectée.</source>
            <translation type="vanished">فاتح: يحدده القانون انطلاقًا من التواريخ. داكن: الفترات التي تختارونها. « ! » وإطار سميك: قاعدة غير محترمة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Frise des congés des deux parents</source>
            <translation>الخط الزمني لإجازات الوالدين</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grossesse</source>
            <translation>الحمل</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Les périodes choisies</source>
            <translation>الفترات المختارة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proposer un plan</source>
            <translation>اقتراح خطة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ajouter une période</source>
            <translation>إضافة فترة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ajouter la période</source>
            <translation>إضافة الفترة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vérification</source>
            <translation>التحقق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prévenir l'employeur</source>
            <translation>إخطار صاحب العمل</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Congé de paternité (jours restants)</source>
            <translation>إجازة الأبوة (الأيام المتبقية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Congé supplémentaire de naissance</source>
            <translation>إجازة الميلاد الإضافية</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Second parent</source>
            <translation>الوالد الثاني</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parent qui accouche</source>
            <translation>الوالد الذي يلد</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Congé</source>
            <translation>الإجازة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Parent</source>
            <translation>الوالد</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Premier jour</source>
            <translation>اليوم الأول</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dernier jour</source>
            <translation>اليوم الأخير</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Semaines du congé prénatal reportées après la naissance (0 à 3)</source>
            <translation>أسابيع إجازة ما قبل الولادة المؤجلة إلى ما بعد الولادة (من 0 إلى 3)</translation>
        </message>
    </context>
    <context>
        <name>LeavePlan</name>
        <message>
            <source>Congé de maternité</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:111</extracomment>
            <translation>إجازة الأمومة</translation>
        </message>
        <message>
            <source>Congé de naissance (3 jours)</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:112</extracomment>
            <translation>إجازة الميلاد للوالد الثاني (congé de naissance، 3 أيام)</translation>
        </message>
        <message>
            <source>Congé de paternité : 4 jours obligatoires</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:113</extracomment>
            <translation>إجازة الأبوة: 4 أيام إلزامية</translation>
        </message>
        <message>
            <source>Congé de paternité et d'accueil de l'enfant</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:114</extracomment>
            <translation>إجازة الأبوة واستقبال الطفل</translation>
        </message>
        <message>
            <source>Congé supplémentaire de naissance</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:115</extracomment>
            <translation>إجازة الميلاد الإضافية</translation>
        </message>
        <message>
            <source>Parent qui accouche</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:122</extracomment>
            <translation>الوالد الذي يلد</translation>
        </message>
        <message>
            <source>Second parent</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:123</extracomment>
            <translation>الوالد الثاني</translation>
        </message>
        <message>
            <source>%1 du %2 au %3</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:331</extracomment>
            <translation type="vanished">%1 من %2 إلى %3</translation>
        </message>
        <message>
            <source>%1 du %2 au %3 : %4</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:331</extracomment>
            <translation>%1 من %2 إلى %3: %4</translation>
        </message>
        <message>
            <source>L'employeur devait être prévenu le %1 au plus tard (%2). Cette date est passée : commencez le %3 au plus tôt, ou demandez son accord à l'employeur.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:356</extracomment>
            <translation>كان يجب إخطار صاحب العمل في موعد أقصاه %1 (%2). لقد مضى هذا التاريخ: ابدأ في %3 على أقرب تقدير، أو اطلب موافقة صاحب العمل.</translation>
        </message>
        <message>
            <source>Cette période est fixée par la loi à partir des dates : retirez-la du plan.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:372</extracomment>
            <translation>هذه الفترة يحددها القانون انطلاقًا من التواريخ: أزيلوها من الخطة.</translation>
        </message>
        <message>
            <source>Le congé de paternité et d'accueil est celui de l'autre parent (C. trav. L1225-35), pas du parent qui accouche : attribuez cette période au second parent.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:378</extracomment>
            <translation>إجازة الأبوة واستقبال الطفل هي للوالد الآخر (قانون العمل L1225-35)، وليست للوالد الذي يلد: انسبوا هذه الفترة إلى الوالد الثاني.</translation>
        </message>
        <message>
            <source>Le congé de paternité se prend en 2 périodes au plus (C. trav. D1225-8) : vous en avez prévu %1. Regroupez-les ou supprimez-en.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:390</extracomment>
            <translation>تُؤخذ إجازة الأبوة على فترتين على الأكثر (قانون العمل D1225-8): لقد خططتم لـ %1. ادمجوها أو احذفوا بعضها.</translation>
        </message>
        <message>
            <source>Les périodes du congé de paternité font %1 jours en tout, plus que les %2 jours prévus par la loi (C. trav. L1225-35). Raccourcissez-les de %3 jours.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:401</extracomment>
            <translation>مجموع أيام فترات إجازة الأبوة: %1، وهو أكثر مما ينص عليه القانون (عدد الأيام: %2) (قانون العمل L1225-35). قصّروها (عدد الأيام الزائدة: %3).</translation>
        </message>
        <message>
            <source>%1 jours, moins que les 5 jours minimum d'une période (C. trav. D1225-8). Finissez-la le %2 au plus tôt, ou ajoutez ces jours à l'autre période.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:414</extracomment>
            <translation>مدة الفترة (عدد الأيام: %1) أقل من الحد الأدنى للفترة وهو 5 أيام (قانون العمل D1225-8). أنهوها في %2 على أقرب تقدير، أو أضيفوا هذه الأيام إلى الفترة الأخرى.</translation>
        </message>
        <message>
            <source>Cette période doit se situer entre le %1 (après les 4 jours obligatoires) et le %2 (6 mois après la naissance, C. trav. D1225-8). Déplacez-la entre ces deux dates.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:425</extracomment>
            <translation>يجب أن تقع هذه الفترة بين %1 (بعد الأيام الأربعة الإلزامية) و%2 (6 أشهر بعد الولادة، قانون العمل D1225-8). انقلوها بين هذين التاريخين.</translation>
        </message>
        <message>
            <source>naissance avant le terme, période dans le mois qui suit : sans délai, C. trav. D1225-8</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:434</extracomment>
            <translation>ولادة قبل الموعد المتوقع، وفترة خلال الشهر الذي يليها: دون تأخير، قانون العمل D1225-8</translation>
        </message>
        <message>
            <source>1 mois avant chaque période, C. trav. D1225-8</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:436</extracomment>
            <translation>قبل شهر من كل فترة، قانون العمل D1225-8</translation>
        </message>
        <message>
            <source>Ce congé est réservé aux enfants nés, ou attendus, à partir du 1er janvier 2026 (LFSS 2026, art. 99). Retirez cette période.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:455</extracomment>
            <translation>هذه الإجازة مخصصة للأطفال المولودين، أو المتوقعة ولادتهم، ابتداءً من 1 جانفي 2026 (LFSS 2026، المادة 99). أزيلوا هذه الفترة.</translation>
        </message>
        <message>
            <source>Le congé supplémentaire de naissance se prend en une fois ou en deux fois, pas plus (service-public F39685). Regroupez les périodes.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:465</extracomment>
            <translation>تُؤخذ إجازة الميلاد الإضافية دفعة واحدة أو على دفعتين، لا أكثر (service-public F39685). ادمجوا الفترات.</translation>
        </message>
        <message>
            <source>Moins d'un mois. Ce congé dure 1 mois ou 2 mois (service-public F39685) : finissez-le le %1 (1 mois) ou le %2 (2 mois).</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:478</extracomment>
            <translation>أقل من شهر. تدوم هذه الإجازة شهرًا أو شهرين (service-public F39685): أنهوها في %1 (شهر) أو %2 (شهران).</translation>
        </message>
        <message>
            <source>Ce congé se prend par mois entiers, 1 mois ou 2 mois (service-public F39685) : finissez-le le %1 (1 mois) ou le %2 (2 mois).</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:485</extracomment>
            <translation>تُؤخذ هذه الإجازة بأشهر كاملة، شهرًا أو شهرين (service-public F39685): أنهوها في %1 (شهر) أو %2 (شهران).</translation>
        </message>
        <message>
            <source>Pris en deux fois, chaque partie dure 1 mois (service-public F39685). Finissez celle-ci le %1.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:497</extracomment>
            <translation>عند أخذها على دفعتين، تدوم كل دفعة شهرًا واحدًا (service-public F39685). أنهوا هذه في %1.</translation>
        </message>
        <message>
            <source>Ce congé se prend entre le %1 (après la fin de votre congé de maternité ou de paternité, et pas avant le 1er juillet 2026) et le %2 (service-public F39685). Déplacez-le entre ces deux dates.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:508</extracomment>
            <translation>تُؤخذ هذه الإجازة بين %1 (بعد انتهاء إجازة الأمومة أو الأبوة، وليس قبل 1 جويلية 2026) و%2 (service-public F39685). انقلوها بين هذين التاريخين.</translation>
        </message>
        <message>
            <source>15 jours avant, à la suite du congé de paternité, service-public F39685</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:519</extracomment>
            <translation>قبل 15 يومًا، مباشرة بعد إجازة الأبوة، service-public F39685</translation>
        </message>
        <message>
            <source>1 mois avant, service-public F39685</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:521</extracomment>
            <translation>قبل شهر، service-public F39685</translation>
        </message>
        <message>
            <source>%1 mois en tout, plus que les 2 mois par parent (service-public F39685). Raccourcissez ou retirez une période.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:530</extracomment>
            <translation>المجموع (عدد الأشهر: %1) أكثر من شهرين لكل والد (service-public F39685). قصّروا فترة أو أزيلوها.</translation>
        </message>
        <message>
            <source>Cette période chevauche un autre congé du même parent (du %1 au %2) : un parent ne peut pas prendre deux congés en même temps. Décalez-la après le %2.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:550</extracomment>
            <translation>تتداخل هذه الفترة مع إجازة أخرى للوالد نفسه (من %1 إلى %2): لا يمكن للوالد أخذ إجازتين في آن واحد. انقلوها إلى ما بعد %2.</translation>
        </message>
        <message>
            <source>date prévue de l'accouchement, 1 mois avant, C. trav. D1225-8</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:579</extracomment>
            <translation>التاريخ المتوقع للولادة، قبل شهر، قانون العمل D1225-8</translation>
        </message>
        <message>
            <source>Prévenir l'employeur de la date prévue de l'accouchement</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:624</extracomment>
            <translation>إخطار صاحب العمل بالتاريخ المتوقع للولادة</translation>
        </message>
        <message>
            <source>Prévenir l'employeur du congé supplémentaire de naissance (du %1 au %2)</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:626</extracomment>
            <translation>إخطار صاحب العمل بإجازة الميلاد الإضافية (من %1 إلى %2)</translation>
        </message>
        <message>
            <source>Prévenir l'employeur du congé de paternité (du %1 au %2)</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:631</extracomment>
            <translation>إخطار صاحب العمل بإجازة الأبوة (من %1 إلى %2)</translation>
        </message>
        <message>
            <source>Dernier jour pour prévenir l'employeur, par lettre recommandée ou remise en main propre. Une lettre prête à imprimer est sur la page « Nos congés ».</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:655</extracomment>
            <translation>آخر يوم لإخطار صاحب العمل، برسالة مضمونة أو بتسليمها يدًا بيد. توجد رسالة جاهزة للطباعة في صفحة « إجازاتنا ».</translation>
        </message>
    </context>
    <context>
        <name>LeaveTimeline</name>
        <message>
            <location filename="../src/parcours_app/ui/leave_page.py" line="-608" />
            <source>Maternité</source>
            <translation>الأمومة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Naissance</source>
            <translation>الولادة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4 jours</source>
            <translation>4 أيام</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paternité</source>
            <translation>الأبوة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suppl.</source>
            <translation>إضافية</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Parent qui accouche</source>
            <translation>الوالد الذي يلد</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Second parent</source>
            <translation>الوالد الثاني</translation>
        </message>
    </context>
    <context>
        <name>LinkConfirmDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/resources_page.py" line="-483" />
            <source>Ouvrir un site officiel</source>
            <translation>فتح موقع رسمي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ce lien ouvre le site %1 dans votre navigateur internet.

Adresse : %2</source>
            <translation>يفتح هذا الرابط موقع %1 في متصفح الإنترنت.

العنوان: %2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Lien non ouvert</source>
            <translation>لم يُفتح الرابط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ce lien ne mène pas à un site officiel de la liste de l'application : il n'est pas ouvert.</source>
            <translation>هذا الرابط لا يؤدي إلى موقع رسمي من قائمة التطبيق: لذلك لم يُفتح.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Aujourd'hui</source>
            <extracomment>From src/parcours_app/ui/main_window.py:129</extracomment>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Parcours</source>
            <extracomment>From src/parcours_app/ui/main_window.py:130</extracomment>
            <translation>المسار</translation>
        </message>
        <message>
            <source>Ressources</source>
            <extracomment>From src/parcours_app/ui/main_window.py:131</extracomment>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Annuaire</source>
            <extracomment>From src/parcours_app/ui/main_window.py:132</extracomment>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Auto-test</source>
            <extracomment>From src/parcours_app/ui/main_window.py:133</extracomment>
            <translation>الاختبار الذاتي</translation>
        </message>
        <message>
            <source>Nos congés</source>
            <extracomment>From src/parcours_app/ui/main_window.py:134</extracomment>
            <translation>إجازاتنا</translation>
        </message>
        <message>
            <source>&amp;Compris</source>
            <extracomment>From src/parcours_app/ui/main_window.py:187</extracomment>
            <translation>&amp;فهمت</translation>
        </message>
        <message>
            <source>Fermer le message</source>
            <extracomment>From src/parcours_app/ui/main_window.py:189</extracomment>
            <translation>إغلاق الرسالة</translation>
        </message>
        <message>
            <source>Non enregistré</source>
            <extracomment>From src/parcours_app/ui/main_window.py:426</extracomment>
            <translation>لم يُحفظ</translation>
        </message>
        <message>
            <source>Non enregistré : %1</source>
            <extracomment>From src/parcours_app/ui/main_window.py:428</extracomment>
            <translation>لم يُحفظ: %1</translation>
        </message>
        <message>
            <source>Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/ui/main_window.py:718</extracomment>
            <translation>مسار الأيام الألف (Parcours 1000 jours)</translation>
        </message>
        <message>
            <source> — Mode consultation : rien n'est enregistré</source>
            <extracomment>From src/parcours_app/ui/main_window.py:722</extracomment>
            <translation> — وضع الاطلاع: لا يُحفظ أي شيء</translation>
        </message>
        <message>
            <source> — Accueil : rien n'est enregistré</source>
            <extracomment>From src/parcours_app/ui/main_window.py:724</extracomment>
            <translation> — الاستقبال: لا يُحفظ أي شيء</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>From src/parcours_app/ui/main_window.py:767</extracomment>
            <translation>الصفحات</translation>
        </message>
        <message>
            <source>Urgences et écoute</source>
            <extracomment>From src/parcours_app/ui/main_window.py:770</extracomment>
            <translation>الطوارئ والاستماع</translation>
        </message>
        <message>
            <source>Urgences et écoute : numéros d'aide</source>
            <extracomment>From src/parcours_app/ui/main_window.py:771</extracomment>
            <translation>الطوارئ والاستماع: أرقام المساعدة</translation>
        </message>
        <message>
            <source>3114, 15, 112 et lignes d'écoute (Ctrl+U)</source>
            <extracomment>From src/parcours_app/ui/main_window.py:773</extracomment>
            <translation>3114 و15 و112 وخطوط الاستماع (Ctrl+U)</translation>
        </message>
        <message>
            <source>Chargement…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:774</extracomment>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>Mode consultation : rien n'est enregistré. « Terminer » efface tout.</source>
            <extracomment>From src/parcours_app/ui/main_window.py:777</extracomment>
            <translation>وضع الاطلاع: لا يُحفظ أي شيء. زر «إنهاء» يمسح كل شيء.</translation>
        </message>
        <message>
            <source>Terminer</source>
            <extracomment>From src/parcours_app/ui/main_window.py:779</extracomment>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>Tout effacer et commencer une nouvelle consultation (Ctrl+Maj+C)</source>
            <extracomment>From src/parcours_app/ui/main_window.py:781</extracomment>
            <translation>مسح كل شيء وبدء استشارة جديدة (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <source>Fic&amp;hier</source>
            <extracomment>From src/parcours_app/ui/main_window.py:786</extracomment>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>Fami&amp;lle</source>
            <extracomment>From src/parcours_app/ui/main_window.py:787</extracomment>
            <translation>ال&amp;عائلة</translation>
        </message>
        <message>
            <source>P&amp;ages</source>
            <extracomment>From src/parcours_app/ui/main_window.py:788</extracomment>
            <translation>ال&amp;صفحات</translation>
        </message>
        <message>
            <source>A&amp;ide</source>
            <extracomment>From src/parcours_app/ui/main_window.py:789</extracomment>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;Terminer</source>
            <extracomment>From src/parcours_app/ui/main_window.py:707</extracomment>
            <translation type="vanished">إ&amp;نهاء</translation>
        </message>
        <message>
            <source>Terminer la consultation et tout effacer</source>
            <extracomment>From src/parcours_app/ui/main_window.py:783</extracomment>
            <translation>إنهاء الاطلاع ومسح كل شيء</translation>
        </message>
        <message>
            <source>&amp;Fichier</source>
            <extracomment>From src/parcours_app/ui/main_window.py:709</extracomment>
            <translation type="vanished">&amp;ملف</translation>
        </message>
        <message>
            <source>F&amp;amille</source>
            <extracomment>From src/parcours_app/ui/main_window.py:710</extracomment>
            <translation type="vanished">ال&amp;عائلة</translation>
        </message>
        <message>
            <source>&amp;Affichage</source>
            <extracomment>From src/parcours_app/ui/main_window.py:711</extracomment>
            <translation type="vanished">&amp;العرض</translation>
        </message>
        <message>
            <source>Ai&amp;de</source>
            <extracomment>From src/parcours_app/ui/main_window.py:712</extracomment>
            <translation type="vanished">م&amp;ساعدة</translation>
        </message>
        <message>
            <source>Ajouter à mon &amp;agenda…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:790</extracomment>
            <translation>إضافة إلى أ&amp;جندتي…</translation>
        </message>
        <message>
            <source>&amp;Imprimer le plan…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:791</extracomment>
            <translation>&amp;طباعة الخطة…</translation>
        </message>
        <message>
            <source>&amp;Terminer la consultation</source>
            <extracomment>From src/parcours_app/ui/main_window.py:793</extracomment>
            <translation>إ&amp;نهاء الاطلاع</translation>
        </message>
        <message>
            <source>Mode &amp;consultation (rien n'est enregistré)</source>
            <extracomment>From src/parcours_app/ui/main_window.py:795</extracomment>
            <translation>&amp;وضع الاطلاع (لا يُحفظ أي شيء)</translation>
        </message>
        <message>
            <source>&amp;Paramètres…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:797</extracomment>
            <translation>الإ&amp;عدادات…</translation>
        </message>
        <message>
            <source>P&amp;oste professionnel (PMI, Maison)…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:798</extracomment>
            <translation>م&amp;حطة العمل المهنية (PMI، الدار)…</translation>
        </message>
        <message>
            <source>&amp;Quitter</source>
            <extracomment>From src/parcours_app/ui/main_window.py:799</extracomment>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>Corriger les &amp;dates de la grossesse…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:800</extracomment>
            <translation>تصحيح &amp;تواريخ الحمل…</translation>
        </message>
        <message>
            <source>Notre enfant est &amp;né…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:801</extracomment>
            <translation>وُلد &amp;طفلنا…</translation>
        </message>
        <message>
            <source>Ajouter un &amp;enfant déjà né…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:802</extracomment>
            <translation>إضافة طفل &amp;مولود من قبل…</translation>
        </message>
        <message>
            <source>Une nouvelle &amp;grossesse…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:803</extracomment>
            <translation>&amp;حمل جديد…</translation>
        </message>
        <message>
            <source>&amp;Urgences et écoute</source>
            <extracomment>From src/parcours_app/ui/main_window.py:804</extracomment>
            <translation>ال&amp;طوارئ والاستماع</translation>
        </message>
        <message>
            <source>À &amp;propos</source>
            <extracomment>From src/parcours_app/ui/main_window.py:805</extracomment>
            <translation>&amp;حول التطبيق</translation>
        </message>
    </context>
    <context>
        <name>MaisonPage</name>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="+496" />
            <source>La Maison n'est pas encore dans l'annuaire. Le personnel peut l'ajouter (Annuaire, vue du personnel) ou importer le fichier de la Maison.</source>
            <translation>الدار ليست في الدليل بعد. يمكن للموظفين إضافتها (الدليل، عرض خاص بالموظفين) أو استيراد ملف الدار.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Notre Maison et ses services</source>
            <translation>دارنا وخدماتها</translation>
        </message>
    </context>
    <context>
        <name>PastStepsDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/past_steps_dialog.py" line="+53" />
            <source>Des étapes déjà passées</source>
            <translation>مراحل انقضت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ces étapes sont passées : les avez-vous faites ?</source>
            <translation>هذه المراحل انقضت: هل قمت بها؟</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Elles se terminaient avant que vous utilisiez l'application : elles ne sont pas en retard. Cochez celles qui ont été faites. Celles que vous laissez restent de côté, retrouvables dans le parcours.</source>
            <translation>انتهت قبل أن تبدأ استخدام التطبيق: فهي ليست متأخرة. ضع علامة على ما تم منها. وما تتركه يُنحّى جانبًا، ويمكنك أن تجده في المسار.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Oui, toutes</source>
            <translation>&amp;نعم، كلها</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Enregistrer mes réponses</source>
            <translation>&amp;حفظ إجاباتي</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Je ne sais pas</source>
            <translation>&amp;لا أعرف</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Plus tard</source>
            <translation>&amp;لاحقًا</translation>
        </message>
        <message>
            <source>%1 (jusqu'au %2)</source>
            <extracomment>From src/parcours_app/ui/past_steps_dialog.py:120</extracomment>
            <translation>%1 (حتى %2)</translation>
        </message>
    </context>
    <context>
        <name>PlaceCard</name>
        <message>
            <location filename="../src/parcours_app/ui/directory_page.py" line="-457" />
            <source>Adresse : %1</source>
            <translation>العنوان: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Téléphone : %1</source>
            <translation>الهاتف: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Horaires : %1</source>
            <translation>أوقات العمل: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail : %1</source>
            <translation>البريد الإلكتروني: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Site : %1</source>
            <translation>الموقع: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>À savoir : %1</source>
            <translation>معلومة مفيدة: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Services proposés</source>
            <translation>الخدمات المقدَّمة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>• %1</source>
            <translation>• %1</translation>
        </message>
    </context>
    <context>
        <name>PlanPdf</name>
        <message>
            <source>Pour %1</source>
            <extracomment>From src/parcours_app/export/plan.py:132; src/parcours_app/export/plan.py:132</extracomment>
            <translation>لـ %1</translation>
        </message>
        <message>
            <source> et </source>
            <extracomment>From src/parcours_app/export/plan.py:132</extracomment>
            <translation> و</translation>
        </message>
        <message>
            <source>Les étapes de %1 seulement</source>
            <extracomment>From src/parcours_app/export/plan.py:137</extracomment>
            <translation>مراحل %1 فقط</translation>
        </message>
        <message>
            <source>Les étapes du bébé seulement</source>
            <extracomment>From src/parcours_app/export/plan.py:137</extracomment>
            <translation>مراحل الرضيع فقط</translation>
        </message>
        <message>
            <source>Les étapes obligatoires seulement</source>
            <extracomment>From src/parcours_app/export/plan.py:140</extracomment>
            <translation>المراحل الإلزامية فقط</translation>
        </message>
        <message>
            <source>non précisée</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:178; src/parcours_app/export/plan.py:141</extracomment>
            <translation>غير محدَّدة</translation>
        </message>
        <message>
            <source>Établi le %1 · version des règles : %2 · Parcours 1000 jours %3</source>
            <extracomment>From src/parcours_app/export/plan.py:143</extracomment>
            <translation>أُعدّ في %1 · إصدار القواعد: %2 · Parcours 1000 jours %3</translation>
        </message>
        <message>
            <source>Grossesse, naissance et démarches</source>
            <extracomment>From src/parcours_app/export/plan.py:150</extracomment>
            <translation>الحمل والولادة والإجراءات الإدارية</translation>
        </message>
        <message>
            <source>Aucune étape de grossesse dans ce plan.</source>
            <extracomment>From src/parcours_app/export/plan.py:155</extracomment>
            <translation>لا توجد أي مرحلة خاصة بالحمل في هذه الخطة.</translation>
        </message>
        <message>
            <source>Examens, vaccins et étapes de %1</source>
            <extracomment>From src/parcours_app/export/plan.py:164</extracomment>
            <translation>فحوصات %1 ولقاحاته ومراحله</translation>
        </message>
        <message>
            <source>Examens, vaccins et étapes du bébé</source>
            <extracomment>From src/parcours_app/export/plan.py:166</extracomment>
            <translation>فحوصات الرضيع ولقاحاته ومراحله</translation>
        </message>
        <message>
            <source>Aucune étape dans ce plan.</source>
            <extracomment>From src/parcours_app/export/plan.py:168</extracomment>
            <translation>لا توجد أي مرحلة في هذه الخطة.</translation>
        </message>
        <message>
            <source>Ce plan est calculé à partir des dates que vous avez indiquées et des règles officielles vérifiées.</source>
            <extracomment>From src/parcours_app/export/plan.py:173</extracomment>
            <translation>هذه الخطة محسوبة انطلاقًا من التواريخ التي أدخلتها ومن القواعد الرسمية التي تم التحقق منها.</translation>
        </message>
        <message>
            <source>Il ne remplace pas l’avis d’une sage-femme, d’un médecin ou de la PMI : demandez-leur en cas de doute.</source>
            <extracomment>From src/parcours_app/export/plan.py:174</extracomment>
            <translation>لا تحلّ محلّ رأي القابلة (sage-femme) أو الطبيب أو مركز حماية الأمومة والطفولة (PMI): اسألهم عند الشك.</translation>
        </message>
        <message>
            <source>Les dates marquées « estimée » sont calculées à partir du terme prévu et changeront après la naissance.</source>
            <extracomment>From src/parcours_app/export/plan.py:177</extracomment>
            <translation>التواريخ التي تحمل عبارة «تقديري» محسوبة انطلاقًا من موعد الولادة المتوقع وستتغيّر بعد الولادة.</translation>
        </message>
        <message>
            <source>En cas d’urgence, appelez le 15 ou le 112. Si vous pensez au suicide : 3114, à toute heure.</source>
            <extracomment>From src/parcours_app/export/plan.py:180</extracomment>
            <translation>في حالة الطوارئ، اتصل بالرقم 15 أو 112. إذا كنت تفكّر في الانتحار: 3114، في أي ساعة.</translation>
        </message>
        <message>
            <source>Mon plan des 1000 premiers jours</source>
            <extracomment>From src/parcours_app/export/plan.py:183; src/parcours_app/export/plan.py:190</extracomment>
            <translation>خطتي للأيام الألف الأولى</translation>
        </message>
        <message>
            <source>Parcours 1000 jours · établi le %1 · règles : %2</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:190; src/parcours_app/export/plan.py:187</extracomment>
            <translation>Parcours 1000 jours · أُعدّ في %1 · القواعد: %2</translation>
        </message>
        <message>
            <source>Prochaines étapes (d’ici le %1)</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:121</extracomment>
            <translation>الخطوات القادمة (حتى %1)</translation>
        </message>
        <message>
            <source>Aucune étape dans les prochains mois.</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:125</extracomment>
            <translation>لا توجد خطوات في الأشهر القادمة.</translation>
        </message>
        <message>
            <source>Prochains examens et vaccins de l’enfant</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:131</extracomment>
            <translation>الفحوص واللقاحات القادمة للطفل</translation>
        </message>
        <message>
            <source>Votre contact</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:156</extracomment>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>Le lieu de la consultation n’est pas renseigné (Fichier → Poste professionnel).</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:160</extracomment>
            <translation>لم يُحدَّد مكان الاستشارة (ملف ← محطة العمل المهنية).</translation>
        </message>
        <message>
            <source>Établi le %1 · Parcours 1000 jours %2</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:177</extracomment>
            <translation>أُعدّت في %1 · Parcours 1000 jours %2</translation>
        </message>
        <message>
            <source>Plan de consultation — 1000 premiers jours</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:180; src/parcours_app/export/consultation_plan.py:193</extracomment>
            <translation>خطة الاستشارة — الألف يوم الأولى</translation>
        </message>
        <message>
            <source>Calculé à partir des dates données en consultation. Il ne remplace pas l’avis d’une sage-femme, d’un médecin ou de la PMI. En cas d’urgence : 15 ou 112 ; idées suicidaires : 3114, à toute heure.</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:184</extracomment>
            <translation>محسوبة من التواريخ المقدَّمة في الاستشارة. لا تغني عن رأي القابلة أو الطبيب أو PMI. في حالة الطوارئ: ⁦15⁩ أو ⁦112⁩؛ أفكار انتحارية: ⁦3114⁩، في أي ساعة.</translation>
        </message>
        <message>
            <source>Page %1 sur %2</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:191; src/parcours_app/export/plan.py:188</extracomment>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>(suite)</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:194; src/parcours_app/export/plan.py:191</extracomment>
            <translation>(تابع)</translation>
        </message>
        <message>
            <source>Grossesse %1 : </source>
            <extracomment>From src/parcours_app/export/plan.py:202</extracomment>
            <translation>الحمل %1: </translation>
        </message>
        <message>
            <source>donné par un professionnel</source>
            <extracomment>From src/parcours_app/export/plan.py:204</extracomment>
            <translation>حدّده مختص صحي</translation>
        </message>
        <message>
            <source>calculé : début de grossesse + 9 mois</source>
            <extracomment>From src/parcours_app/export/plan.py:204</extracomment>
            <translation>محسوب: بداية الحمل + 9 أشهر</translation>
        </message>
        <message>
            <source>repère des SA : début de grossesse − 14 jours</source>
            <extracomment>From src/parcours_app/export/plan.py:209</extracomment>
            <translation>مرجع حساب أسابيع انقطاع الطمث (SA): بداية الحمل − 14 يومًا</translation>
        </message>
        <message>
            <source>Premier jour des dernières règles (DDR)</source>
            <extracomment>From src/parcours_app/export/plan.py:210</extracomment>
            <translation>اليوم الأول من آخر دورة شهرية (DDR)</translation>
        </message>
        <message>
            <source>Début de grossesse (DDG)</source>
            <extracomment>From src/parcours_app/export/plan.py:211</extracomment>
            <translation>بداية الحمل (DDG)</translation>
        </message>
        <message>
            <source>Terme prévu (DPA)</source>
            <extracomment>From src/parcours_app/export/plan.py:212</extracomment>
            <translation>موعد الولادة المتوقع (DPA)</translation>
        </message>
        <message>
            <source>Naissance</source>
            <extracomment>From src/parcours_app/export/plan.py:214</extracomment>
            <translation>الولادة</translation>
        </message>
        <message>
            <source>Naissance de %1</source>
            <extracomment>From src/parcours_app/export/plan.py:218</extracomment>
            <translation>ولادة %1</translation>
        </message>
        <message>
            <source>Naissance de l’enfant</source>
            <extracomment>From src/parcours_app/export/plan.py:218</extracomment>
            <translation>ولادة الطفل</translation>
        </message>
        <message>
            <source>prématuré</source>
            <extracomment>From src/parcours_app/export/plan.py:219</extracomment>
            <translation>وُلد قبل الأوان</translation>
        </message>
        <message>
            <source>Dates clés</source>
            <extracomment>From src/parcours_app/export/plan.py:223</extracomment>
            <translation>التواريخ الأساسية</translation>
        </message>
        <message>
            <source>Date de référence</source>
            <extracomment>From src/parcours_app/export/plan.py:220</extracomment>
            <translation>التاريخ المرجعي</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>From src/parcours_app/export/plan.py:220</extracomment>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Remarque</source>
            <extracomment>From src/parcours_app/export/plan.py:220</extracomment>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Aucune date indiquée.</source>
            <extracomment>From src/parcours_app/export/plan.py:221</extracomment>
            <translation>لم يُدخَل أي تاريخ.</translation>
        </message>
        <message>
            <source>le %1</source>
            <extracomment>From src/parcours_app/export/plan.py:233</extracomment>
            <translation>في %1</translation>
        </message>
        <message>
            <source>du %1</source>
            <extracomment>From src/parcours_app/export/plan.py:235; src/parcours_app/export/plan.py:338</extracomment>
            <translation>من %1</translation>
        </message>
        <message>
            <source>au %1</source>
            <extracomment>From src/parcours_app/export/plan.py:235; src/parcours_app/export/plan.py:339</extracomment>
            <translation>إلى %1</translation>
        </message>
        <message>
            <source>idéalement vers le %1</source>
            <extracomment>From src/parcours_app/export/plan.py:237</extracomment>
            <translation>من الأفضل في حدود %1</translation>
        </message>
        <message>
            <source>(date estimée)</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:109; src/parcours_app/export/plan.py:239; src/parcours_app/export/plan.py:342</extracomment>
            <translation>(تاريخ تقديري)</translation>
        </message>
        <message>
            <source>Qui voir : %1</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:104; src/parcours_app/export/plan.py:249</extracomment>
            <translation>من تستشير: %1</translation>
        </message>
        <message>
            <source>À prévoir : %1</source>
            <extracomment>From src/parcours_app/export/plan.py:251</extracomment>
            <translation>ما يجب تحضيره: %1</translation>
        </message>
        <message>
            <source>Obligatoire</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:113; src/parcours_app/export/plan.py:259</extracomment>
            <translation>إلزامية</translation>
        </message>
        <message>
            <source>Recommandée</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:114; src/parcours_app/export/plan.py:259</extracomment>
            <translation>موصى بها</translation>
        </message>
        <message>
            <source>— mise de côté</source>
            <extracomment>From src/parcours_app/export/plan.py:263</extracomment>
            <translation>— مُنحّاة جانبًا</translation>
        </message>
        <message>
            <source>☐ à rattraper : voir avec un professionnel</source>
            <extracomment>From src/parcours_app/export/plan.py:269</extracomment>
            <translation>☐ للاستدراك: راجع مختصًا</translation>
        </message>
        <message>
            <source>— date passée</source>
            <extracomment>From src/parcours_app/export/plan.py:270</extracomment>
            <translation>— انقضى التاريخ</translation>
        </message>
        <message>
            <source>— écartée</source>
            <extracomment>From src/parcours_app/export/pdf.py:303</extracomment>
            <translation type="vanished">— مستبعَدة</translation>
        </message>
        <message>
            <source>☑ fait le %1</source>
            <extracomment>From src/parcours_app/export/plan.py:265</extracomment>
            <translation>☑ أُنجزت في %1</translation>
        </message>
        <message>
            <source>☐ date passée</source>
            <extracomment>From src/parcours_app/export/pdf.py:310</extracomment>
            <translation type="vanished">☐ انقضى التاريخ</translation>
        </message>
        <message>
            <source>☐ en retard : à voir avec un professionnel</source>
            <extracomment>From src/parcours_app/export/pdf.py:310</extracomment>
            <translation type="vanished">☐ متأخرة: راجِع مختصًا صحيًا بشأنها</translation>
        </message>
        <message>
            <source>☐ à faire</source>
            <extracomment>From src/parcours_app/export/plan.py:271</extracomment>
            <translation>☐ للقيام بها</translation>
        </message>
        <message>
            <source>Rendez-vous pris : %1 à %2</source>
            <extracomment>From src/parcours_app/export/plan.py:299</extracomment>
            <translation>موعد محجوز: %1 على الساعة %2</translation>
        </message>
        <message>
            <source>À faire bientôt (d’ici le %1)</source>
            <extracomment>From src/parcours_app/export/plan.py:304</extracomment>
            <translation>للقيام به قريبًا (قبل %1)</translation>
        </message>
        <message>
            <source>Quand</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:122; src/parcours_app/export/consultation_plan.py:132; src/parcours_app/export/plan.py:330</extracomment>
            <translation>متى</translation>
        </message>
        <message>
            <source>Étape</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:122; src/parcours_app/export/consultation_plan.py:132; src/parcours_app/export/plan.py:330</extracomment>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>Statut</source>
            <extracomment>From src/parcours_app/export/plan.py:330</extracomment>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Rien à faire dans les %1 prochains jours.</source>
            <extracomment>From src/parcours_app/export/plan.py:305</extracomment>
            <translation>لا شيء للقيام به خلال الأيام الـ%1 القادمة.</translation>
        </message>
        <message numerus="yes">
            <source>%n jour(s)</source>
            <extracomment>From src/parcours_app/export/plan.py:355</extracomment>
            <translation>
                <numerusform>%n يوم</numerusform>
                <numerusform>يوم</numerusform>
                <numerusform>يومان</numerusform>
                <numerusform>%n أيام</numerusform>
                <numerusform>%n يومًا</numerusform>
                <numerusform>%n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 jours</source>
            <extracomment>From src/parcours_app/export/pdf.py:387</extracomment>
            <translation type="vanished">%1 يومًا</translation>
        </message>
        <message>
            <source>à prendre dans cette période</source>
            <extracomment>From src/parcours_app/export/plan.py:356</extracomment>
            <translation>تؤخذ خلال هذه الفترة</translation>
        </message>
        <message>
            <source>Congés</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:140; src/parcours_app/export/plan.py:347</extracomment>
            <translation>الإجازات</translation>
        </message>
        <message>
            <source>Dates</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:141; src/parcours_app/export/plan.py:344</extracomment>
            <translation>التواريخ</translation>
        </message>
        <message>
            <source>Congé</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:141; src/parcours_app/export/plan.py:344</extracomment>
            <translation>الإجازة</translation>
        </message>
        <message>
            <source>Durée</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:141; src/parcours_app/export/plan.py:344</extracomment>
            <translation>المدة</translation>
        </message>
        <message>
            <source>Aucun congé dans ce plan.</source>
            <extracomment>From src/parcours_app/export/plan.py:345</extracomment>
            <translation>لا توجد أي إجازة في هذه الخطة.</translation>
        </message>
        <message>
            <source>Maison des 1000 premiers jours</source>
            <extracomment>From src/parcours_app/export/pdf.py:403</extracomment>
            <translation type="vanished">دار الأيام الألف الأولى (Maison des 1000 premiers jours)</translation>
        </message>
        <message>
            <source>PMI</source>
            <extracomment>From src/parcours_app/export/pdf.py:404</extracomment>
            <translation type="vanished">مركز حماية الأمومة والطفولة (PMI)</translation>
        </message>
        <message>
            <source>Maternité</source>
            <extracomment>From src/parcours_app/export/pdf.py:405</extracomment>
            <translation type="vanished">مستشفى الولادة (maternité)</translation>
        </message>
        <message>
            <source>CAF</source>
            <extracomment>From src/parcours_app/export/pdf.py:406</extracomment>
            <translation type="vanished">صندوق الإعانات العائلية (CAF)</translation>
        </message>
        <message>
            <source>Assurance Maladie (CPAM)</source>
            <extracomment>From src/parcours_app/export/pdf.py:407</extracomment>
            <translation type="vanished">التأمين الصحي (Assurance Maladie، CPAM)</translation>
        </message>
        <message>
            <source>Relais petite enfance</source>
            <extracomment>From src/parcours_app/export/pdf.py:408</extracomment>
            <translation type="vanished">مركز خدمات الطفولة المبكرة (Relais petite enfance)</translation>
        </message>
        <message>
            <source>Lieu d’accueil enfants-parents</source>
            <extracomment>From src/parcours_app/export/pdf.py:409</extracomment>
            <translation type="vanished">فضاء استقبال الأطفال والوالدين (Lieu d’accueil enfants-parents)</translation>
        </message>
        <message>
            <source>Sage-femme</source>
            <extracomment>From src/parcours_app/export/pdf.py:410</extracomment>
            <translation type="vanished">القابلة (sage-femme)</translation>
        </message>
        <message>
            <source>Pédiatre</source>
            <extracomment>From src/parcours_app/export/pdf.py:411</extracomment>
            <translation type="vanished">طبيب الأطفال</translation>
        </message>
        <message>
            <source>Autre</source>
            <extracomment>From src/parcours_app/export/pdf.py:412</extracomment>
            <translation type="vanished">أخرى</translation>
        </message>
        <message>
            <source>Contacts près de chez vous</source>
            <extracomment>From src/parcours_app/export/plan.py:383</extracomment>
            <translation>جهات الاتصال القريبة منك</translation>
        </message>
        <message>
            <source>Lieu</source>
            <extracomment>From src/parcours_app/export/plan.py:384</extracomment>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Téléphone, horaires</source>
            <extracomment>From src/parcours_app/export/plan.py:384</extracomment>
            <translation>الهاتف، أوقات العمل</translation>
        </message>
        <message>
            <source>Aucun contact enregistré : ajoutez votre PMI ou votre maternité dans l’annuaire.</source>
            <extracomment>From src/parcours_app/export/plan.py:387</extracomment>
            <translation>لا توجد أي جهة اتصال مسجّلة: أضف مركز PMI أو مستشفى الولادة الخاص بك إلى الدليل.</translation>
        </message>
        <message>
            <source>Numéros utiles</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:165; src/parcours_app/export/plan.py:414</extracomment>
            <translation>أرقام مفيدة</translation>
        </message>
        <message>
            <source>Numéro</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:166; src/parcours_app/export/plan.py:415</extracomment>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Pour quoi</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:166; src/parcours_app/export/plan.py:415</extracomment>
            <translation>لأي غرض</translation>
        </message>
        <message>
            <source>Quand, où</source>
            <extracomment>From src/parcours_app/export/plan.py:415</extracomment>
            <translation>متى، وأين</translation>
        </message>
    </context>
    <context>
        <name>PregnancyDatesDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+82" />
            <source>Une nouvelle grossesse</source>
            <translation>حمل جديد</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Corriger les dates de la grossesse</source>
            <translation>تصحيح تواريخ الحمل</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Indiquez la naissance avec « Notre enfant est né » dans le menu Famille.</source>
            <translation>سجّل الولادة عبر «وُلد طفلنا» في قائمة العائلة.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Le terme passe du %1 au %2 : les dates du calendrier bougent de %3 jours.</source>
            <translation>ينتقل موعد الولادة من %1 إلى %2: تتحرك تواريخ التقويم بالفارق نفسه (عدد الأيام: %3).</translation>
        </message>
    </context>
    <context>
        <name>PregnancyFields</name>
        <message>
            <location line="-589" />
            <source>Le type de date a changé : indiquez la date à nouveau.</source>
            <translation>تغيّر نوع التاريخ: أدخل التاريخ من جديد.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Premier jour des dernières règles</source>
            <translation>اليوم الأول من آخر دورة شهرية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Début de grossesse (conception ou 1re échographie)</source>
            <translation>بداية الحمل (الإخصاب أو الفحص الأول بالموجات فوق الصوتية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date prévue d'accouchement (donnée par la sage-femme ou le médecin)</source>
            <translation>موعد الولادة المتوقع (الذي حدّدته القابلة أو الطبيب)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Un bébé</source>
            <translation>طفل واحد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Des jumeaux</source>
            <translation>توأمان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Des triplés ou plus</source>
            <translation>ثلاثة توائم أو أكثر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La &amp;date que vous connaissez :</source>
            <translation>ال&amp;تاريخ الذي تعرفه:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Premier jour des dernières &amp;règles :</source>
            <translation>اليوم الأول من آخر &amp;دورة شهرية:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date de &amp;début de grossesse :</source>
            <translation>تاريخ &amp;بداية الحمل:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Terme prévu (DPA) :</source>
            <translation>موعد الولادة ال&amp;متوقع (DPA):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Date :</source>
            <translation>ال&amp;تاريخ:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Durée habituelle du &amp;cycle (jours) :</source>
            <translation>&amp;المدة المعتادة للدورة (بالأيام):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nous attendons :</source>
            <translation>ننتظر:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enfants dé&amp;jà nés :</source>
            <translation>الأطفال المولودون من &amp;قبل:</translation>
        </message>
        <message>
            <source>&amp;Enfants déjà nés :</source>
            <translation type="vanished">الأطفال المولودون من &amp;قبل:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le nombre d'enfants déjà nés change la durée du congé de maternité.</source>
            <translation>عدد الأطفال المولودين من قبل يغيّر مدة إجازة الأمومة.</translation>
        </message>
    </context>
    <context>
        <name>PrintPlanDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/export_dialogs.py" line="+125" />
            <source>Mon plan des 1000 premiers jours</source>
            <translation>خطتي للأيام الألف الأولى</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+14" />
            <location line="+22" />
            <source>Imprimer le plan</source>
            <translation>طباعة الخطة</translation>
        </message>
        <message>
            <location line="-29" />
            <source>Aperçu du plan</source>
            <translation>معاينة الخطة</translation>
        </message>
        <message>
            <source>plan-1000-jours.pdf</source>
            <translation type="vanished">plan-1000-jours-ar.pdf</translation>
        </message>
        <message>
            <location line="+12" />
            <source>plan-consultation</source>
            <translation>خطة-الاستشارة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>plan-1000-jours</source>
            <translation>خطة-الألف-يوم</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <location line="+1" />
            <source>Enregistrer le plan en PDF</source>
            <translation>حفظ الخطة بصيغة PDF</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Document PDF (*.pdf)</source>
            <translation>مستند PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Un plan A4 lisible en noir et blanc : les dates clés, les prochaines étapes, les congés, les examens et vaccins des enfants, vos contacts et les numéros utiles.</source>
            <translation>خطة بحجم A4 مقروءة بالأبيض والأسود: التواريخ الأساسية، والمراحل القادمة، والإجازات، وفحوصات الأطفال ولقاحاتهم، وجهات الاتصال الخاصة بك، والأرقام المفيدة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Aperçu avant impression…</source>
            <translation>&amp;معاينة قبل الطباعة…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Aperçu avant impression</source>
            <translation>معاينة قبل الطباعة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Imprimer…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imprimer</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enregistrer en &amp;PDF…</source>
            <translation>حفظ بصيغة &amp;PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quel plan ?</source>
            <translation>أي خطة؟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan de &amp;consultation (une page)</source>
            <translation>خطة الا&amp;ستشارة (صفحة واحدة)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Plan de consultation, une page</source>
            <translation>خطة الاستشارة، صفحة واحدة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Plan co&amp;mplet (toutes les étapes, plusieurs pages)</source>
            <translation>الخطة ال&amp;كاملة (كل الخطوات، عدة صفحات)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan complet, plusieurs pages</source>
            <translation>الخطة الكاملة، عدة صفحات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enregistrer en PDF</source>
            <translation>حفظ بصيغة PDF</translation>
        </message>
    </context>
    <context>
        <name>QuestionnairePage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/questionnaire_page.py" line="+167" />
            <source>Choisissez une réponse pour continuer.</source>
            <translation>اختر إجابة للمتابعة.</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+89" />
            <source>Abandonner le questionnaire</source>
            <translation>التخلي عن الاستبيان</translation>
        </message>
        <message>
            <location line="-88" />
            <source>Abandonner le questionnaire ? Vos réponses seront effacées et rien ne sera gardé.</source>
            <translation>هل تريد التخلي عن الاستبيان؟ ستُمسح إجاباتك ولن يُحفظ أي شيء.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Question %1 sur %2</source>
            <translation>السؤال %1 من %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 : %2. Réponse %3 sur 4, touche %3.</source>
            <translation>%1: %2. الإجابة %3 من 4، المفتاح %3.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Voir le résultat</source>
            <translation>عرض النتيجة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Suivant</source>
            <translation>التالي</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Au cours des 7 derniers jours :</source>
            <translation>خلال الأيام السبعة الماضية:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clavier : flèches ou touches 1 à 4 pour choisir, Entrée pour continuer, Retour arrière pour revenir, Échap pour abandonner.</source>
            <translation>لوحة المفاتيح: الأسهم أو المفاتيح من 1 إلى 4 للاختيار، ومفتاح الإدخال (Enter) للمتابعة، ومفتاح المسح للخلف (Backspace) للعودة، ومفتاح الخروج (Esc) للتخلي.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Abandonner</source>
            <translation>تخلٍّ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Précédent</source>
            <translation>السابق</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question précédente</source>
            <translation>السؤال السابق</translation>
        </message>
    </context>
    <context>
        <name>ReceptionScreen</name>
        <message>
            <source>Quitter le mode accueil</source>
            <translation type="vanished">الخروج من وضع الاستقبال</translation>
        </message>
        <message>
            <source>Réservé au personnel : quitter le mode accueil ? Rien de ce que les visiteurs ont saisi n'est gardé.</source>
            <translation type="vanished">خاص بالموظفين: هل تريد الخروج من وضع الاستقبال؟ لن يُحفظ أي شيء مما أدخله الزوار.</translation>
        </message>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="+157" />
            <source>L'annuaire n'a pas été chargé.

%1</source>
            <translation>لم يتم تحميل الدليل.

%1</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Annuaire chargé : %n lieu(x), depuis %1. Il est gardé en mémoire pour cette session.</source>
            <translation>
                <numerusform>تمّ تحميل الدليل من %1، وعدد الأماكن فيه: %n. يُحتفظ به في الذاكرة لهذه الجلسة.</numerusform>
                <numerusform>تمّ تحميل الدليل من %1، وعدد الأماكن فيه: %n. يُحتفظ به في الذاكرة لهذه الجلسة.</numerusform>
                <numerusform>تمّ تحميل الدليل من %1، وعدد الأماكن فيه: %n. يُحتفظ به في الذاكرة لهذه الجلسة.</numerusform>
                <numerusform>تمّ تحميل الدليل من %1، وعدد الأماكن فيه: %n. يُحتفظ به في الذاكرة لهذه الجلسة.</numerusform>
                <numerusform>تمّ تحميل الدليل من %1، وعدد الأماكن فيه: %n. يُحتفظ به في الذاكرة لهذه الجلسة.</numerusform>
                <numerusform>تمّ تحميل الدليل من %1، وعدد الأماكن فيه: %n. يُحتفظ به في الذاكرة لهذه الجلسة.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Charger l'annuaire de la Maison depuis un fichier.</source>
            <translation>تحميل دليل الدار من ملف.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Annuaire : %1</source>
            <translation>الدليل: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Annuaire d'exemple (fictif)</source>
            <translation>دليل نموذجي (خيالي)</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Quitter le mode accueil. Rien de ce que les visiteurs ont saisi n'est gardé.</source>
            <translation>الخروج من وضع الاستقبال. لا يُحتفظ بأي شيء أدخله الزوار.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>⌂ Accueil</source>
            <translation>⌂ الاستقبال</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Retour à l'accueil</source>
            <translation>العودة إلى الاستقبال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personnel : annuaire</source>
            <translation>الموظفون: الدليل</translation>
        </message>
        <message>
            <source>Personnel : charger l'annuaire…</source>
            <translation type="vanished">الموظفون: تحميل الدليل…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charger l'annuaire de la Maison depuis un fichier (réservé au personnel)</source>
            <translation>تحميل دليل الدار من ملف (خاص بالموظفين)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Le fichier exporté depuis l'annuaire (vue du personnel). Gardé en mémoire seulement.</source>
            <translation>الملف المصدَّر من الدليل (العرض الخاص بالموظفين). يُحفظ في الذاكرة فقط.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Personnel : quitter</source>
            <translation>الموظفون: خروج</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quitter le mode accueil (réservé au personnel)</source>
            <translation>الخروج من وضع الاستقبال (خاص بالموظفين)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Réservé au personnel (Ctrl+Maj+Q)</source>
            <translation>خاص بالموظفين (Ctrl+Shift+Q)</translation>
        </message>
    </context>
    <context>
        <name>ReceptionStartScreen</name>
        <message>
            <location line="-335" />
            <source>Accueil du mode Maison</source>
            <translation>الصفحة الرئيسية لوضع الدار</translation>
        </message>
        <message>
            <source>Bienvenue à la Maison des 1000 premiers jours</source>
            <translation type="vanished">مرحبًا بكم في دار الأيام الألف الأولى (Maison des 1000 premiers jours)</translation>
        </message>
        <message>
            <source>Découvrez le calendrier des 1000 premiers jours : examens, démarches, congés, vaccins, ressources.</source>
            <translation type="vanished">اكتشفوا تقويم الأيام الألف الأولى: الفحوصات، والإجراءات الإدارية، والإجازات، واللقاحات، والمصادر.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maison des 1000 premiers jours</source>
            <translation>دار الأيام الألف الأولى (Maison des 1000 premiers jours)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bienvenue ! En attendant votre rendez-vous, découvrez le calendrier des 1000 premiers jours : examens, démarches, congés, vaccins, aides.</source>
            <translation>أهلاً بكم! في انتظار موعدكم، اكتشفوا تقويم الأيام الألف الأولى: الفحوص، والإجراءات، والإجازات، واللقاحات، والمساعدات.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notre Maison et ses services</source>
            <translation>دارنا وخدماتها</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Découvrir la Maison et ses services</source>
            <translation>التعرّف على الدار وخدماتها</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ressources par étape</source>
            <translation>المصادر حسب المرحلة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ressources par étape et par thème</source>
            <translation>المصادر حسب المرحلة وحسب الموضوع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Explorer le parcours d'une famille exemple (fictive) :</source>
            <translation>استكشاف مسار عائلة نموذجية (خيالية):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Écran partagé : rien de ce que vous touchez ou saisissez n'est gardé. Il revient à l'accueil après quelques minutes sans utilisation.</source>
            <translation>شاشة مشتركة: لا يُحتفظ بأي شيء تلمسونه أو تكتبونه. تعود إلى البداية بعد بضع دقائق من عدم الاستخدام.</translation>
        </message>
        <message>
            <source>Écran partagé : rien de ce que vous saisissez n'est gardé. Il revient à l'accueil après quelques minutes sans utilisation.</source>
            <translation type="vanished">شاشة مشتركة: لا يُحفظ أي شيء مما تُدخله. تعود الشاشة إلى صفحة الاستقبال بعد بضع دقائق دون استخدام.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Parcours 1000 jours est déjà ouvert</source>
            <extracomment>From src/parcours_app/ui/recovery.py:227</extracomment>
            <translation>مسار الأيام الألف (Parcours 1000 jours) مفتوح بالفعل</translation>
        </message>
        <message>
            <source>Le disque est plein</source>
            <extracomment>From src/parcours_app/ui/recovery.py:230</extracomment>
            <translation>القرص ممتلئ</translation>
        </message>
        <message>
            <source>Une version plus récente est nécessaire</source>
            <extracomment>From src/parcours_app/ui/recovery.py:233</extracomment>
            <translation>يلزم إصدار أحدث من البرنامج</translation>
        </message>
        <message>
            <source>Dossier de données en lecture seule</source>
            <extracomment>From src/parcours_app/ui/recovery.py:235</extracomment>
            <translation>مجلد البيانات للقراءة فقط</translation>
        </message>
        <message>
            <source>Ce fichier n'appartient pas à Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/ui/recovery.py:237</extracomment>
            <translation>هذا الملف لا ينتمي إلى مسار الأيام الألف (Parcours 1000 jours)</translation>
        </message>
        <message>
            <source>La mise à jour des données a échoué</source>
            <extracomment>From src/parcours_app/ui/recovery.py:239</extracomment>
            <translation>فشل تحديث البيانات</translation>
        </message>
        <message>
            <source>Vos données ont été mises à l'abri</source>
            <extracomment>From src/parcours_app/ui/recovery.py:241</extracomment>
            <translation>وُضعت بياناتك في مكان آمن</translation>
        </message>
        <message>
            <source>Vos données n'ont pas pu être ouvertes</source>
            <extracomment>From src/parcours_app/ui/recovery.py:231; src/parcours_app/ui/recovery.py:242</extracomment>
            <translation>تعذّر فتح بياناتك</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/recovery.py" line="-237" />
            <source>Elle contient : %1 enfant(s), %2 grossesse(s), %3 étape(s) suivie(s), %4 rendez-vous.</source>
            <translation>تحتوي على: عدد الأطفال ⁦%1⁩، عدد حالات الحمل ⁦%2⁩، عدد الخطوات المتابَعة ⁦%3⁩، عدد المواعيد ⁦%4⁩.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 à %2</source>
            <translation>%1 على الساعة %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Vos données ont été mises à l'abri</source>
            <translation>وُضعت بياناتك في مكان آمن</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Le fichier de vos données était abîmé</source>
            <translation>كان ملف بياناتك تالفًا</translation>
        </message>
        <message>
            <location line="+3" />
            <source>À chaque ouverture, Parcours 1000 jours vérifie le fichier où sont enregistrées vos dates et vos étapes. Cette fois, il était abîmé : cela arrive après une coupure de courant, un disque qui fatigue ou une copie interrompue.</source>
            <translation>عند كل فتح، يتحقّق مسار الأيام الألف (Parcours 1000 jours) من الملف الذي تُحفظ فيه تواريخك ومراحلك. هذه المرة كان تالفًا: يحدث ذلك بعد انقطاع الكهرباء، أو قرص بدأ يتعطّل، أو نسخ توقّف قبل أن يكتمل.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Rien n'a été effacé ni écrasé : le fichier abîmé a été mis de côté dans le dossier %1.</source>
            <translation>لم يُحذف أي شيء ولم يُكتب فوق أي شيء: وُضع الملف التالف جانبًا في المجلد %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rien n'a été effacé ni écrasé.</source>
            <translation>لم يُحذف أي شيء ولم يُكتب فوق أي شيء.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>La dernière sauvegarde en bon état date du %1. En la restaurant, vous retrouvez vos données telles qu'elles étaient ce jour-là ; seul ce que vous avez saisi depuis serait à refaire.</source>
            <translation>آخر نسخة احتياطية سليمة تعود إلى %1. باستعادتها تجد بياناتك كما كانت في ذلك اليوم؛ ولن يبقى عليك إلا إعادة إدخال ما أضفته بعده.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Restaurer la dernière sauvegarde du %1</source>
            <translation>&amp;استعادة آخر نسخة احتياطية بتاريخ %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Aucune sauvegarde en bon état n'a été trouvée. Vous pouvez recommencer avec des données vides : le fichier abîmé reste dans son dossier, au cas où quelqu'un pourrait le réparer.</source>
            <translation>لم يُعثر على أي نسخة احتياطية سليمة. يمكنك البدء من جديد ببيانات فارغة: يبقى الملف التالف في مجلده، تحسّبًا لأن يتمكّن أحد من إصلاحه.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Détail technique : %1</source>
            <translation>تفصيل تقني: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Commencer avec des données vides</source>
            <translation>ا&amp;لبدء ببيانات فارغة</translation>
        </message>
        <message>
            <source>Commencer avec des données vides</source>
            <translation type="vanished">البدء ببيانات فارغة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quitter</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quitter sans rien changer</source>
            <translation>الخروج دون تغيير أي شيء</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:83</extracomment>
            <translation>مسار الأيام الألف (Parcours 1000 jours)</translation>
        </message>
        <message>
            <source>Ouvrir Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:84</extracomment>
            <translation>فتح Parcours 1000 jours</translation>
        </message>
        <message>
            <source>Quitter</source>
            <extracomment>From src/parcours_app/ui/reminders.py:85</extracomment>
            <translation>خروج</translation>
        </message>
        <message numerus="yes">
            <source>%n étape(s) en cours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:190</extracomment>
            <translation>
                <numerusform>عدد المراحل الجارية: %n</numerusform>
                <numerusform>عدد المراحل الجارية: %n</numerusform>
                <numerusform>عدد المراحل الجارية: %n</numerusform>
                <numerusform>عدد المراحل الجارية: %n</numerusform>
                <numerusform>عدد المراحل الجارية: %n</numerusform>
                <numerusform>عدد المراحل الجارية: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>cette semaine : %1 (à rattraper)</source>
            <extracomment>From src/parcours_app/ui/reminders.py:195</extracomment>
            <translation>هذا الأسبوع: %1 (للاستدراك)</translation>
        </message>
        <message>
            <source>cette semaine : %1 (jusqu'au %2)</source>
            <extracomment>From src/parcours_app/ui/reminders.py:201</extracomment>
            <translation>هذا الأسبوع: %1 (حتى %2)</translation>
        </message>
        <message numerus="yes">
            <source>%n étape(s) à rattraper</source>
            <extracomment>From src/parcours_app/ui/reminders.py:206</extracomment>
            <translation>
                <numerusform>عدد المراحل التي يجب استدراكها: %n</numerusform>
                <numerusform>عدد المراحل التي يجب استدراكها: %n</numerusform>
                <numerusform>عدد المراحل التي يجب استدراكها: %n</numerusform>
                <numerusform>عدد المراحل التي يجب استدراكها: %n</numerusform>
                <numerusform>عدد المراحل التي يجب استدراكها: %n</numerusform>
                <numerusform>عدد المراحل التي يجب استدراكها: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n étape(s) passée(s) à confirmer</source>
            <extracomment>From src/parcours_app/ui/reminders.py:211</extracomment>
            <translation>
                <numerusform>عدد المراحل السابقة التي تحتاج إلى تأكيد: %n</numerusform>
                <numerusform>عدد المراحل السابقة التي تحتاج إلى تأكيد: %n</numerusform>
                <numerusform>عدد المراحل السابقة التي تحتاج إلى تأكيد: %n</numerusform>
                <numerusform>عدد المراحل السابقة التي تحتاج إلى تأكيد: %n</numerusform>
                <numerusform>عدد المراحل السابقة التي تحتاج إلى تأكيد: %n</numerusform>
                <numerusform>عدد المراحل السابقة التي تحتاج إلى تأكيد: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Rien à faire cette semaine.</source>
            <extracomment>From src/parcours_app/ui/reminders.py:214</extracomment>
            <translation>لا شيء للقيام به هذا الأسبوع.</translation>
        </message>
        <message>
            <source>%n étape en cours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:226</extracomment>
            <translation type="vanished">%n مرحلة جارية</translation>
        </message>
        <message>
            <source>%n étapes en cours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:227</extracomment>
            <translation type="vanished">%n مراحل جارية</translation>
        </message>
        <message>
            <source>%n étape à rattraper</source>
            <extracomment>From src/parcours_app/ui/reminders.py:228</extracomment>
            <translation type="vanished">%n مرحلة للاستدراك</translation>
        </message>
        <message>
            <source>%n étapes à rattraper</source>
            <extracomment>From src/parcours_app/ui/reminders.py:229</extracomment>
            <translation type="vanished">%n مراحل للاستدراك</translation>
        </message>
        <message>
            <source>%n étape passée à confirmer</source>
            <extracomment>From src/parcours_app/ui/reminders.py:230</extracomment>
            <translation type="vanished">%n مرحلة سابقة بحاجة إلى تأكيد</translation>
        </message>
        <message>
            <source>%n étapes passées à confirmer</source>
            <extracomment>From src/parcours_app/ui/reminders.py:231</extracomment>
            <translation type="vanished">%n مراحل سابقة بحاجة إلى تأكيد</translation>
        </message>
        <message numerus="yes">
            <source>%n étape(s) en retard</source>
            <extracomment>From src/parcours_app/ui/reminders.py:173</extracomment>
            <translation type="vanished">
                <numerusform>%n مرحلة متأخرة</numerusform>
                <numerusform>مرحلة واحدة متأخرة</numerusform>
                <numerusform>مرحلتان متأخرتان</numerusform>
                <numerusform>%n مراحل متأخرة</numerusform>
                <numerusform>%n مرحلة متأخرة</numerusform>
                <numerusform>%n مرحلة متأخرة</numerusform>
            </translation>
        </message>
        <message>
            <source>Rien en retard ni à faire cette semaine.</source>
            <extracomment>From src/parcours_app/ui/reminders.py:181</extracomment>
            <translation type="vanished">لا شيء متأخر ولا شيء للقيام به هذا الأسبوع.</translation>
        </message>
        <message>
            <source>%n étape en retard</source>
            <extracomment>From src/parcours_app/ui/reminders.py:189</extracomment>
            <translation type="vanished">%n مرحلة متأخرة</translation>
        </message>
        <message>
            <source>%n étapes en retard</source>
            <extracomment>From src/parcours_app/ui/reminders.py:190</extracomment>
            <translation type="vanished">%n مراحل متأخرة</translation>
        </message>
        <message numerus="yes">
            <source>%n à faire cette semaine</source>
            <extracomment>From src/parcours_app/ui/reminders.py:176</extracomment>
            <translation type="vanished">
                <numerusform>%n مهمة هذا الأسبوع</numerusform>
                <numerusform>مهمة واحدة هذا الأسبوع</numerusform>
                <numerusform>مهمتان هذا الأسبوع</numerusform>
                <numerusform>%n مهام هذا الأسبوع</numerusform>
                <numerusform>%n مهمة هذا الأسبوع</numerusform>
                <numerusform>%n مهمة هذا الأسبوع</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rendez-vous dans 7 jours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:208</extracomment>
            <translation>
                <numerusform>%n موعد خلال 7 أيام</numerusform>
                <numerusform>موعد واحد خلال 7 أيام</numerusform>
                <numerusform>موعدان خلال 7 أيام</numerusform>
                <numerusform>%n مواعيد خلال 7 أيام</numerusform>
                <numerusform>%n موعدًا خلال 7 أيام</numerusform>
                <numerusform>%n موعد خلال 7 أيام</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResourceCard</name>
        <message>
            <location filename="../src/parcours_app/ui/resources_page.py" line="+59" />
            <source>toutes les étapes</source>
            <translation>كل المراحل</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Ouvrir : %1</source>
            <translation>فتح: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ouvre %1 dans le navigateur, après confirmation</source>
            <translation>يفتح %1 في المتصفح، بعد التأكيد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ouvrir le lien : %1</source>
            <translation>فتح الرابط: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mène au site %1</source>
            <translation>يؤدي إلى موقع %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Source : %1. Vérifié le %2.</source>
            <translation>المصدر: %1. تم التحقق منه في %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>D'après : %1. Texte rédigé le %2, à relire sur le site officiel.</source>
            <translation>استنادًا إلى: %1. نص كُتب في %2، يُرجى مراجعته على الموقع الرسمي.</translation>
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message>
            <location line="+180" />
            <source>Ressources pour : %1</source>
            <translation>مصادر لـ: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+111" />
            <source>Priorité nationale : %1</source>
            <translation>أولوية وطنية: %1</translation>
        </message>
        <message>
            <location line="-76" />
            <source>Aucune ressource ne correspond. Essayez un autre mot ou « Toutes les étapes ».</source>
            <translation>لا يوجد أي مصدر مطابق. جرّب كلمة أخرى أو «كل المراحل».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ressources affichées : %1</source>
            <translation>المصادر المعروضة: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>En ce moment pour vous : %1</source>
            <translation>لك في هذه الفترة: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Les autres étapes</source>
            <translation>المراحل الأخرى</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Toutes les étapes</source>
            <translation>كل المراحل</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (en ce moment)</source>
            <translation>%1 (في هذه الفترة)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tous les thèmes</source>
            <translation>كل المواضيع</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Ressources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Urgences et écoute</source>
            <translation>الطوارئ والاستماع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Urgences et écoute : numéros d'aide</source>
            <translation>الطوارئ والاستماع: أرقام المساعدة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>3114, 15, 112, 114, 119, 3919, Allô Parents Bébé</source>
            <translation>3114، 15، 112، 114، 119، 3919، Allô Parents Bébé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les trois priorités nationales des 1000 premiers jours</source>
            <translation>الأولويات الوطنية الثلاث للأيام الألف الأولى</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Des messages clés pour chaque étape, et des liens vers des sites officiels seulement. L'application ne se connecte jamais à internet : les liens s'ouvrent dans votre navigateur, après confirmation.</source>
            <translation>رسائل أساسية لكل مرحلة، وروابط إلى مواقع رسمية فقط. لا يتصل التطبيق بالإنترنت أبدًا: تُفتح الروابط في متصفحك، بعد التأكيد.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Rechercher :</source>
            <translation>ب&amp;حث:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>un mot, avec ou sans accents (ex. écrans, congé, sommeil)</source>
            <translation>كلمة بالعربية أو بالفرنسية (مثلًا: شاشات، إجازة، نوم)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rechercher dans les ressources</source>
            <translation>البحث في المصادر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>É&amp;tape :</source>
            <translation>ال&amp;مرحلة:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Étape</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thèm&amp;e :</source>
            <translation>الم&amp;وضوع:</translation>
        </message>
        <message>
            <source>T&amp;hème :</source>
            <translation type="vanished">الم&amp;وضوع:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thème</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tout afficher</source>
            <translation>عرض الكل</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Afficher toutes les ressources</source>
            <translation>عرض جميع المصادر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nombre de ressources affichées</source>
            <translation>عدد المصادر المعروضة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Liste des ressources</source>
            <translation>قائمة المصادر</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/result_page.py" line="+196" />
            <source>Résultat non enregistré</source>
            <translation>لم تُحفظ النتيجة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le résultat n'a pas pu être gardé ou effacé : %1</source>
            <translation>تعذّر حفظ النتيجة أو مسحها: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Dans ce mode, aucun résultat n'est gardé : tout s'efface quand vous fermez le questionnaire.</source>
            <translation>في هذا الوضع، لا تُحفظ أي نتيجة: يُمسح كل شيء عندما تغلق الاستبيان.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ce résultat est gardé sur cet ordinateur. Décochez la case pour l'effacer.</source>
            <translation>هذه النتيجة محفوظة على هذا الحاسوب. أزل علامة الاختيار من المربع لمسحها.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ce résultat n'est pas gardé : il s'effacera quand vous quitterez cette page.</source>
            <translation>هذه النتيجة غير محفوظة: ستُمسح عندما تغادر هذه الصفحة.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>PDF non enregistré</source>
            <translation>لم يُحفظ ملف PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le fichier %1 n'a pas pu être écrit : %2</source>
            <translation>تعذّرت كتابة الملف %1: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>PDF enregistré</source>
            <translation>تم حفظ ملف PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le résumé est enregistré dans %1. Vous pouvez l'imprimer.</source>
            <translation>تم حفظ الملخص في %1. يمكنك طباعته.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Impression impossible</source>
            <translation>تعذّرت الطباعة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le résumé n'a pas pu être imprimé : %1</source>
            <translation>تعذّرت طباعة الملخص: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Afficher mon résultat</source>
            <translation>عرض نتيجتي</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Afficher mon résultat (écran partagé)</source>
            <translation>عرض نتيجتي (شاشة مشتركة)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Que faire maintenant, et qui voir ?</source>
            <translation>ماذا أفعل الآن، ومن أستشير؟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Voir les numéros d'aide et d'écoute</source>
            <translation>عرض أرقام المساعدة والإصغاء</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Garder ce résultat sur cet ordinateur</source>
            <translation>حفظ هذه النتيجة على هذا الحاسوب</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case non cochée : rien n'est gardé. Cochée : le résultat est ajouté à votre historique.</source>
            <translation>المربع غير مؤشَّر: لا يُحفظ أي شيء. مؤشَّر: تُضاف النتيجة إلى سجلك.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Questionnaire : %1 Échelle originale : %2</source>
            <translation>الاستبيان: %1 المقياس الأصلي: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Questionnaire : %1</source>
            <translation>الاستبيان: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enregistrer le résumé en PDF (à imprimer)</source>
            <translation>حفظ الملخص بصيغة PDF (للطباعة)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imprimer…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imprimer le résumé d'une page</source>
            <translation>طباعة ملخص من صفحة واحدة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Terminer</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Terminer et revenir à l'accueil du questionnaire</source>
            <translation>الإنهاء والعودة إلى الصفحة الرئيسية للاستبيان</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>Déclarer la naissance à la mairie</source>
            <extracomment>From resources/rules/birth.toml: rule[0].title</extracomment>
            <translation>التصريح بالولادة في البلدية</translation>
        </message>
        <message>
            <source>La naissance se déclare à la mairie du lieu de naissance dans les 5 jours qui suivent (le jour de la naissance ne compte pas). Si le dernier jour tombe un samedi, un dimanche ou un jour férié, le délai va jusqu'au jour ouvré suivant. Au-delà, il faut passer par le tribunal. Beaucoup de maternités ont un bureau d'état civil sur place.</source>
            <extracomment>From resources/rules/birth.toml: rule[0].explanation</extracomment>
            <translation>يُصرَّح بالولادة في بلدية (mairie) مكان الولادة خلال الأيام الخمسة التالية لها (لا يُحتسب يوم الولادة). إذا صادف اليوم الأخير يوم سبت أو أحد أو يوم عطلة رسمية، يمتد الأجل إلى يوم العمل التالي. بعد ذلك، يجب المرور عبر المحكمة. في كثير من مستشفيات الولادة مكتب للحالة المدنية (état civil) في عين المكان.</translation>
        </message>
        <message>
            <source>Service de l'état civil de la mairie du lieu de naissance</source>
            <extracomment>From resources/rules/birth.toml: rule[0].whom</extracomment>
            <translation>مصلحة الحالة المدنية (état civil) في بلدية مكان الولادة</translation>
        </message>
        <message>
            <source>Le certificat d'accouchement, les pièces d'identité des parents, le livret de famille s'il existe, la reconnaissance anticipée s'il y en a une</source>
            <extracomment>From resources/rules/birth.toml: rule[0].to_bring</extracomment>
            <translation>شهادة الولادة الصادرة عن المستشفى (certificat d'accouchement)، ووثائق هوية الوالدين، ودفتر العائلة (livret de famille) إن وُجد، والاعتراف المسبق بالطفل (reconnaissance anticipée) إن وُجد</translation>
        </message>
        <message>
            <source>Entretien postnatal précoce</source>
            <extracomment>From resources/rules/birth.toml: rule[1].title</extracomment>
            <translation>المقابلة المبكرة بعد الولادة</translation>
        </message>
        <message>
            <source>Un entretien obligatoire entre la 4e et la 8e semaine après la naissance, pour parler de votre santé, de votre moral et de l'aide dont vous avez besoin. Le second parent peut y participer.</source>
            <extracomment>From resources/rules/birth.toml: rule[1].explanation</extracomment>
            <translation>مقابلة إلزامية بين الأسبوع الرابع والأسبوع الثامن بعد الولادة، للحديث عن صحتك وحالتك النفسية والمساعدة التي تحتاجين إليها. يمكن للوالد الآخر المشاركة فيها.</translation>
        </message>
        <message>
            <source>Sage-femme ou médecin (celui de l'entretien prénatal si possible)</source>
            <extracomment>From resources/rules/birth.toml: rule[1].whom</extracomment>
            <translation>القابلة (sage-femme) أو الطبيب (الذي أجرى المقابلة قبل الولادة إن أمكن)</translation>
        </message>
        <message>
            <source>Second entretien postnatal</source>
            <extracomment>From resources/rules/birth.toml: rule[2].title</extracomment>
            <translation>المقابلة الثانية بعد الولادة</translation>
        </message>
        <message>
            <source>Un second entretien peut être proposé entre la 10e et la 14e semaine après la naissance, après un premier enfant ou quand le premier entretien a repéré des signes de fragilité.</source>
            <extracomment>From resources/rules/birth.toml: rule[2].explanation</extracomment>
            <translation>يمكن اقتراح مقابلة ثانية بين الأسبوع العاشر والأسبوع الرابع عشر بعد الولادة، بعد طفل أول أو عندما تكشف المقابلة الأولى عن علامات هشاشة.</translation>
        </message>
        <message>
            <source>Le professionnel qui a fait le premier entretien</source>
            <extracomment>From resources/rules/birth.toml: rule[2].whom</extracomment>
            <translation>المختص الذي أجرى المقابلة الأولى</translation>
        </message>
        <message>
            <source>Examen postnatal de la mère</source>
            <extracomment>From resources/rules/birth.toml: rule[3].title</extracomment>
            <translation>الفحص الطبي للأم بعد الولادة</translation>
        </message>
        <message>
            <source>Un examen médical obligatoire de la mère dans les 8 semaines qui suivent l'accouchement, pris en charge à 100 %. En pratique, il a lieu entre la 6e et la 8e semaine.</source>
            <extracomment>From resources/rules/birth.toml: rule[3].explanation</extracomment>
            <translation>فحص طبي إلزامي للأم خلال الأسابيع الثمانية التي تلي الولادة، مغطّى بنسبة 100 %. عمليًا، يُجرى بين الأسبوع السادس والأسبوع الثامن.</translation>
        </message>
        <message>
            <source>Médecin ou sage-femme</source>
            <extracomment>From resources/rules/birth.toml: rule[3].whom; resources/rules/leave.toml: rule[2].whom; resources/rules/pregnancy.toml: rule[1].whom; … and 3 more</extracomment>
            <translation>الطبيب أو القابلة (sage-femme)</translation>
        </message>
        <message>
            <source>Carte Vitale, carnet de santé de la maternité, questions sur la contraception et la rééducation</source>
            <extracomment>From resources/rules/birth.toml: rule[3].to_bring</extracomment>
            <translation>بطاقة Vitale، ودفتر صحة الحمل (carnet de santé maternité)، وأسئلة حول وسائل منع الحمل وإعادة التأهيل (rééducation)</translation>
        </message>
        <message>
            <source>Faire le point sur votre moral (5e semaine)</source>
            <extracomment>From resources/rules/birth.toml: rule[4].title</extracomment>
            <translation>تقييم حالتك النفسية (الأسبوع الخامس)</translation>
        </message>
        <message>
            <source>Un questionnaire de 10 questions (EPDS) pour faire le point sur vos sept derniers jours. Ce n'est pas un diagnostic : il aide à savoir s'il faut en parler à un professionnel. Il vaut aussi pour le second parent. Les réponses restent sur cet ordinateur.</source>
            <extracomment>From resources/rules/birth.toml: rule[4].explanation</extracomment>
            <translation>استبيان من 10 أسئلة (EPDS) لتقييم حالتك خلال الأيام السبعة الماضية. ليس تشخيصًا: يساعد على معرفة ما إذا كان يجب التحدث عن الأمر مع مختص. وهو صالح أيضًا للوالد الآخر. تبقى الإجابات على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>En cas de difficulté : votre sage-femme, votre médecin, la PMI ; en cas d'idées noires, le 3114 à toute heure</source>
            <extracomment>From resources/rules/birth.toml: rule[4].whom; resources/rules/birth.toml: rule[5].whom</extracomment>
            <translation>في حالة الصعوبة: القابلة (sage-femme) أو الطبيب أو مركز حماية الأمومة والطفولة (PMI)؛ وفي حالة الأفكار السوداوية: الرقم 3114 في أي ساعة</translation>
        </message>
        <message>
            <source>Refaire le point sur votre moral (12e semaine)</source>
            <extracomment>From resources/rules/birth.toml: rule[5].title</extracomment>
            <translation>إعادة تقييم حالتك النفسية (الأسبوع الثاني عشر)</translation>
        </message>
        <message>
            <source>Le même questionnaire (EPDS), au début de la 12e semaine après la naissance. La fatigue et le moral peuvent changer plusieurs semaines après l'accouchement, pour l'un ou l'autre parent.</source>
            <extracomment>From resources/rules/birth.toml: rule[5].explanation</extracomment>
            <translation>الاستبيان نفسه (EPDS)، في بداية الأسبوع الثاني عشر بعد الولادة. يمكن أن يتغيّر التعب والحالة النفسية بعد عدة أسابيع من الولادة، لدى أيٍّ من الوالدين.</translation>
        </message>
        <message>
            <source>Examen de l'enfant dans les 8 jours</source>
            <extracomment>From resources/rules/child-exams.toml: rule[0].title</extracomment>
            <translation>فحص الطفل خلال الأيام الثمانية الأولى</translation>
        </message>
        <message>
            <source>Le premier examen obligatoire, dans les 8 jours après la naissance, souvent à la maternité. Il donne lieu au 1er certificat de santé. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[0].explanation</extracomment>
            <translation>الفحص الإلزامي الأول، خلال الأيام الثمانية التي تلي الولادة، وغالبًا في مستشفى الولادة. تُحرَّر فيه شهادة الصحة الأولى (1er certificat de santé). هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Médecin (généraliste ou pédiatre) ou PMI</source>
            <extracomment>From resources/rules/child-exams.toml: defaults.whom</extracomment>
            <translation>الطبيب (العام أو طبيب الأطفال) أو مركز حماية الأمومة والطفولة (PMI)</translation>
        </message>
        <message>
            <source>Le carnet de santé de l'enfant (le médecin remplit le certificat de santé)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[0].to_bring; resources/rules/child-exams.toml: rule[7].to_bring; resources/rules/child-exams.toml: rule[11].to_bring</extracomment>
            <translation>دفتر صحة الطفل (carnet de santé) (يملأ الطبيب شهادة الصحة)</translation>
        </message>
        <message>
            <source>Examen de l'enfant (2e semaine)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[1].title</extracomment>
            <translation>فحص الطفل (الأسبوع الثاني)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 2e semaine de vie : poids, alimentation, sommeil, ictère. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[1].explanation</extracomment>
            <translation>فحص إلزامي خلال الأسبوع الثاني من العمر: الوزن، والتغذية، والنوم، واليرقان. هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Le carnet de santé de l'enfant</source>
            <extracomment>From resources/rules/child-exams.toml: rule[1].to_bring; resources/rules/child-exams.toml: rule[2].to_bring; resources/rules/child-exams.toml: rule[3].to_bring; … and 15 more</extracomment>
            <translation>دفتر صحة الطفل (carnet de santé)</translation>
        </message>
        <message>
            <source>Examen de l'enfant (2e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[2].title</extracomment>
            <translation>فحص الطفل (الشهر الثاني)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 2e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[2].explanation</extracomment>
            <translation>فحص إلزامي خلال الشهر الثاني من العمر: النمو، والتطور، ولقاحات هذه المرحلة. هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (3e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[3].title</extracomment>
            <translation>فحص الطفل (الشهر الثالث)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 3e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[3].explanation</extracomment>
            <translation>فحص إلزامي خلال الشهر الثالث من العمر: النمو، والتطور، ولقاحات هذه المرحلة. هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (4e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[4].title</extracomment>
            <translation>فحص الطفل (الشهر الرابع)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 4e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[4].explanation</extracomment>
            <translation>فحص إلزامي خلال الشهر الرابع من العمر: النمو، والتطور، ولقاحات هذه المرحلة. هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (5e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[5].title</extracomment>
            <translation>فحص الطفل (الشهر الخامس)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 5e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[5].explanation</extracomment>
            <translation>فحص إلزامي خلال الشهر الخامس من العمر: النمو، والتطور، ولقاحات هذه المرحلة. هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (6e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[6].title</extracomment>
            <translation>فحص الطفل (الشهر السادس)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 6e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[6].explanation</extracomment>
            <translation>فحص إلزامي خلال الشهر السادس من العمر: النمو، والتطور، ولقاحات هذه المرحلة. هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (9e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[7].title</extracomment>
            <translation>فحص الطفل (الشهر التاسع)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 9e mois de vie. Il donne lieu au 2e certificat de santé. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[7].explanation</extracomment>
            <translation>فحص إلزامي خلال الشهر التاسع من العمر. تُحرَّر فيه شهادة الصحة الثانية (2e certificat de santé). هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (12e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[8].title</extracomment>
            <translation>فحص الطفل (الشهر الثاني عشر)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 12e mois de vie. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[8].explanation</extracomment>
            <translation>فحص إلزامي خلال الشهر الثاني عشر من العمر. هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (13e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[9].title</extracomment>
            <translation>فحص الطفل (الشهر الثالث عشر)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 13e mois de vie. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[9].explanation</extracomment>
            <translation>فحص إلزامي خلال الشهر الثالث عشر من العمر. هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (entre 16 et 18 mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[10].title</extracomment>
            <translation>فحص الطفل (بين 16 و18 شهرًا)</translation>
        </message>
        <message>
            <source>Examen obligatoire entre 16 et 18 mois. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[10].explanation</extracomment>
            <translation>فحص إلزامي بين 16 و18 شهرًا. هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (24e ou 25e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[11].title</extracomment>
            <translation>فحص الطفل (الشهر 24 أو 25)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 24e ou du 25e mois. Il donne lieu au 3e certificat de santé. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[11].explanation</extracomment>
            <translation>فحص إلزامي خلال الشهر 24 أو الشهر 25. تُحرَّر فيه شهادة الصحة الثالثة (3e certificat de santé). هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (3e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[12].title</extracomment>
            <translation>فحص الطفل (السنة الثالثة)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 3e année de vie (entre 2 et 3 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[12].explanation</extracomment>
            <translation>فحص إلزامي خلال السنة الثالثة من العمر (بين سنتين و3 سنوات). هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (4e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[13].title</extracomment>
            <translation>فحص الطفل (السنة الرابعة)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 4e année de vie (entre 3 et 4 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[13].explanation</extracomment>
            <translation>فحص إلزامي خلال السنة الرابعة من العمر (بين 3 و4 سنوات). هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (5e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[14].title</extracomment>
            <translation>فحص الطفل (السنة الخامسة)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 5e année de vie (entre 4 et 5 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[14].explanation</extracomment>
            <translation>فحص إلزامي خلال السنة الخامسة من العمر (بين 4 و5 سنوات). هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (6e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[15].title</extracomment>
            <translation>فحص الطفل (السنة السادسة)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 6e année de vie (entre 5 et 6 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[15].explanation</extracomment>
            <translation>فحص إلزامي خلال السنة السادسة من العمر (بين 5 و6 سنوات). هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (7e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[16].title</extracomment>
            <translation>فحص الطفل (السنة السابعة)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 7e année de vie (entre 6 et 7 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[16].explanation</extracomment>
            <translation>فحص إلزامي خلال السنة السابعة من العمر (بين 6 و7 سنوات). هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (entre 8 et 9 ans)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[17].title</extracomment>
            <translation>فحص الطفل (بين 8 و9 سنوات)</translation>
        </message>
        <message>
            <source>Examen obligatoire entre 8 et 9 ans. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[17].explanation</extracomment>
            <translation>فحص إلزامي بين 8 و9 سنوات. هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'enfant (entre 11 et 13 ans)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[18].title</extracomment>
            <translation>فحص الطفل (بين 11 و13 سنة)</translation>
        </message>
        <message>
            <source>Examen obligatoire entre 11 et 13 ans. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[18].explanation</extracomment>
            <translation>فحص إلزامي بين 11 و13 سنة. هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Examen de l'adolescent (entre 15 et 16 ans)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[19].title</extracomment>
            <translation>فحص المراهق (بين 15 و16 سنة)</translation>
        </message>
        <message>
            <source>Examen obligatoire entre 15 et 16 ans. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[19].explanation</extracomment>
            <translation>فحص إلزامي بين 15 و16 سنة. هذه الفحوصات مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Congé de maternité</source>
            <extracomment>From resources/rules/leave.toml: rule[0].title</extracomment>
            <translation>إجازة الأمومة</translation>
        </message>
        <message>
            <source>Votre congé de maternité : %1 semaines avant le terme et %2 semaines après la naissance. Si le bébé naît en avance, la durée totale n'est pas réduite ; s'il naît après le terme, le congé après la naissance reste entier. Au moins 8 semaines d'arrêt sont obligatoires, dont 6 après la naissance.</source>
            <extracomment>From resources/rules/leave.toml: rule[0].explanation</extracomment>
            <translation>إجازة الأمومة (congé de maternité) الخاصة بك: قبل موعد الولادة المتوقع (عدد الأسابيع: %1) وبعد الولادة (عدد الأسابيع: %2). إذا وُلد الطفل مبكرًا، لا تنقص المدة الإجمالية؛ وإذا وُلد بعد الموعد المتوقع، تبقى الإجازة بعد الولادة كاملة. التوقف عن العمل لمدة 8 أسابيع على الأقل إلزامي، منها 6 أسابيع بعد الولادة.</translation>
        </message>
        <message>
            <source>Les travailleuses indépendantes ont des règles proches mais différentes : renseignez-vous auprès de votre caisse.</source>
            <extracomment>From resources/rules/leave.toml: rule[0].advice</extracomment>
            <translation>للعاملات لحسابهن الخاص قواعد قريبة لكنها مختلفة: استفسري لدى صندوق التأمين الذي تتبعين له.</translation>
        </message>
        <message>
            <source>Votre employeur et votre caisse d'assurance maladie (la déclaration de grossesse suffit à ouvrir le droit)</source>
            <extracomment>From resources/rules/leave.toml: rule[0].whom</extracomment>
            <translation type="vanished">صاحب العمل وصندوق التأمين الصحي الذي تتبعين له (يكفي التصريح بالحمل (déclaration de grossesse) لفتح الحق)</translation>
        </message>
        <message>
            <source>Congé pathologique avant la naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[1].title</extracomment>
            <translation>إجازة مرضية مرتبطة بالحمل قبل الولادة</translation>
        </message>
        <message>
            <source>Sur prescription, en cas d'état pathologique lié à la grossesse : jusqu'à 2 semaines (ici %1 jours) avant le congé de maternité, indemnisées comme lui. Ils peuvent être pris en plusieurs fois, dès la déclaration de grossesse.</source>
            <extracomment>From resources/rules/leave.toml: rule[1].explanation</extracomment>
            <translation>بوصفة طبية، في حالة مرضية مرتبطة بالحمل: حتى أسبوعين (عدد الأيام هنا: %1) قبل إجازة الأمومة، ويُعوَّض عنها مثلها. يمكن أخذها على عدة فترات، ابتداءً من التصريح بالحمل (déclaration de grossesse).</translation>
        </message>
        <message>
            <source>Médecin ou sage-femme qui vous suit</source>
            <extracomment>From resources/rules/leave.toml: rule[1].whom</extracomment>
            <translation>الطبيب أو القابلة (sage-femme) الذي يتابعك</translation>
        </message>
        <message>
            <source>Congé pathologique après la naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[2].title</extracomment>
            <translation>إجازة مرضية مرتبطة بالولادة بعد الوضع</translation>
        </message>
        <message>
            <source>Sur prescription, en cas d'état pathologique lié à l'accouchement : jusqu'à 4 semaines (ici %1 jours) juste après le congé de maternité, indemnisées comme un arrêt maladie.</source>
            <extracomment>From resources/rules/leave.toml: rule[2].explanation</extracomment>
            <translation>بوصفة طبية، في حالة مرضية مرتبطة بالولادة: حتى 4 أسابيع (عدد الأيام هنا: %1) مباشرة بعد إجازة الأمومة، ويُعوَّض عنها مثل التوقف المرضي عن العمل (arrêt maladie).</translation>
        </message>
        <message>
            <source>Prévenir l'employeur du congé de paternité</source>
            <extracomment>From resources/rules/leave.toml: rule[3].title</extracomment>
            <translation>إبلاغ صاحب العمل بإجازة الأبوة</translation>
        </message>
        <message>
            <source>Le second parent salarié informe son employeur de la date prévue de l'accouchement au moins un mois avant, puis des dates de chaque période de congé au moins un mois avant qu'elle commence.</source>
            <extracomment>From resources/rules/leave.toml: rule[3].explanation</extracomment>
            <translation>يُبلغ الوالد الثاني الأجير صاحب العمل بالتاريخ المتوقع للولادة قبل شهر واحد على الأقل، ثم بتواريخ كل فترة من فترات الإجازة قبل بدايتها بشهر واحد على الأقل.</translation>
        </message>
        <message>
            <source>Un courrier ou un courriel daté à l'employeur, avec la date prévue de l'accouchement</source>
            <extracomment>From resources/rules/leave.toml: rule[3].to_bring</extracomment>
            <translation>رسالة ورقية أو إلكترونية مؤرَّخة إلى صاحب العمل، تتضمن التاريخ المتوقع للولادة</translation>
        </message>
        <message>
            <source>Congé de naissance (3 jours)</source>
            <extracomment>From resources/rules/leave.toml: rule[4].title</extracomment>
            <translation>إجازة الميلاد للوالد الثاني (congé de naissance، 3 أيام)</translation>
        </message>
        <message>
            <source>3 jours ouvrables payés par l'employeur, obligatoires, qui commencent le jour de la naissance ou le premier jour ouvrable suivant, au choix du salarié. Les dimanches et les jours fériés ne comptent pas.</source>
            <extracomment>From resources/rules/leave.toml: rule[4].explanation</extracomment>
            <translation>3 أيام عمل (jours ouvrables: كل أيام الأسبوع ما عدا الأحد والعطل الرسمية) يدفع أجرها صاحب العمل، وهي إلزامية، وتبدأ يوم الولادة أو أول يوم عمل يليه، حسب اختيار الأجير. هذه إجازة الوالد الثاني، لا إجازة الأمومة. لا تُحتسب أيام الأحد وأيام العطل الرسمية.</translation>
        </message>
        <message>
            <source>L'acte de naissance ou une copie du livret de famille, pour l'employeur</source>
            <extracomment>From resources/rules/leave.toml: rule[4].to_bring</extracomment>
            <translation>شهادة الميلاد (acte de naissance) أو نسخة من دفتر العائلة (livret de famille)، لصاحب العمل</translation>
        </message>
        <message>
            <source>Congé de paternité : 4 jours obligatoires</source>
            <extracomment>From resources/rules/leave.toml: rule[5].title</extracomment>
            <translation>إجازة الأبوة: 4 أيام إلزامية</translation>
        </message>
        <message>
            <source>4 jours calendaires obligatoires juste après le congé de naissance (%1 jours ici). Si le bébé est hospitalisé dès la naissance, cette période est prolongée pendant l'hospitalisation, jusqu'à 30 jours.</source>
            <extracomment>From resources/rules/leave.toml: rule[5].explanation</extracomment>
            <translation>4 أيام تقويمية إلزامية مباشرة بعد إجازة الميلاد للوالد الثاني (congé de naissance) (عدد الأيام هنا: %1). إذا أُدخل الرضيع المستشفى منذ ولادته، تُمدَّد هذه الفترة طوال مدة بقائه في المستشفى، حتى 30 يومًا.</translation>
        </message>
        <message>
            <source>Votre employeur ; la caisse d'assurance maladie verse les indemnités</source>
            <extracomment>From resources/rules/leave.toml: rule[5].whom</extracomment>
            <translation>صاحب العمل؛ ويدفع صندوق التأمين الصحي التعويضات</translation>
        </message>
        <message>
            <source>L'acte de naissance ; un bulletin d'hospitalisation du bébé s'il y a lieu</source>
            <extracomment>From resources/rules/leave.toml: rule[5].to_bring</extracomment>
            <translation>شهادة الميلاد (acte de naissance)؛ وشهادة دخول الرضيع إلى المستشفى (bulletin d'hospitalisation) عند الاقتضاء</translation>
        </message>
        <message>
            <source>Congé de paternité : les jours restants</source>
            <extracomment>From resources/rules/leave.toml: rule[6].title</extracomment>
            <translation>إجازة الأبوة: الأيام المتبقية</translation>
        </message>
        <message>
            <source>Les %1 jours calendaires restants du congé de paternité et d'accueil de l'enfant se prennent en une ou deux fois (au moins 5 jours chacune), à terminer au plus tard à la fin de la période indiquée. Prévenez l'employeur un mois avant chaque période.</source>
            <extracomment>From resources/rules/leave.toml: rule[6].explanation</extracomment>
            <translation>تؤخذ الأيام التقويمية المتبقية (عددها: %1) من إجازة الأبوة واستقبال الطفل (congé de paternité et d'accueil de l'enfant) دفعة واحدة أو على دفعتين (5 أيام على الأقل لكل دفعة)، ويجب أن تنتهي على أقصى تقدير في نهاية الفترة المحدَّدة. أبلغ صاحب العمل قبل شهر من كل فترة.</translation>
        </message>
        <message>
            <source>Votre employeur</source>
            <extracomment>From resources/rules/leave.toml: rule[6].whom</extracomment>
            <translation>صاحب العمل</translation>
        </message>
        <message>
            <source>Congé supplémentaire de naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[7].title</extracomment>
            <translation>إجازة الميلاد الإضافية (congé supplémentaire de naissance)</translation>
        </message>
        <message>
            <source>Nouveau depuis la loi de financement de la sécurité sociale pour 2026 : pour un enfant né à partir du 1er janvier 2026, chaque parent peut prendre 1 ou 2 mois, en une ou deux fois, après avoir épuisé son congé de maternité ou de paternité, et pas avant le 1er juillet 2026. La fin de la période (annoncée aux 9 mois de l'enfant, ou fin 2026 pour les enfants nés jusqu'au 31 mai 2026) et le montant de l'indemnité dépendent d'un décret : vérifiez auprès de votre caisse.</source>
            <extracomment>From resources/rules/leave.toml: rule[7].explanation</extracomment>
            <translation type="vanished">جديد منذ قانون تمويل الضمان الاجتماعي لسنة 2026 (loi de financement de la sécurité sociale pour 2026): بالنسبة لطفل وُلد ابتداءً من 1 جانفي 2026، يمكن لكل والد أن يأخذ شهرًا أو شهرين، دفعة واحدة أو على دفعتين، بعد استنفاد إجازة الأمومة أو الأبوة، وليس قبل 1 جويلية 2026. نهاية الفترة (المُعلَن أنها عند بلوغ الطفل 9 أشهر، أو نهاية سنة 2026 للأطفال المولودين حتى 31 ماي 2026) ومبلغ التعويض يتوقفان على مرسوم: تحقّق من ذلك لدى صندوق التأمين الذي تتبعه.</translation>
        </message>
        <message>
            <source>Votre employeur (préavis d'au moins 15 jours à 1 mois, fixé par décret) et votre caisse d'assurance maladie</source>
            <extracomment>From resources/rules/leave.toml: rule[7].whom</extracomment>
            <translation type="vanished">صاحب العمل (بإشعار مسبق من 15 يومًا على الأقل إلى شهر واحد، يحدّده مرسوم) وصندوق التأمين الصحي الذي تتبعه</translation>
        </message>
        <message>
            <source>Rentrée à l'école (instruction obligatoire)</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].title</extracomment>
            <translation>الدخول المدرسي (التعليم الإلزامي)</translation>
        </message>
        <message>
            <source>L'instruction est obligatoire à partir de la rentrée de septembre de l'année civile des 3 ans de l'enfant. Inscrivez-le d'abord à la mairie, puis à l'école, au printemps précédent.</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].explanation</extracomment>
            <translation>التعليم إلزامي ابتداءً من الدخول المدرسي في شهر سبتمبر من السنة الميلادية التي يبلغ فيها الطفل 3 سنوات. سجّله أولًا في البلدية (mairie)، ثم في المدرسة، في فصل الربيع السابق.</translation>
        </message>
        <message>
            <source>La mairie (inscription), puis l'école</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].whom</extracomment>
            <translation>البلدية (mairie) للتسجيل، ثم المدرسة</translation>
        </message>
        <message>
            <source>Livret de famille ou acte de naissance, justificatif de domicile, carnet de santé (vaccins à jour)</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].to_bring</extracomment>
            <translation>دفتر العائلة (livret de famille) أو شهادة الميلاد، وإثبات السكن (justificatif de domicile)، ودفتر الصحة (carnet de santé) (مع لقاحات محدَّثة)</translation>
        </message>
        <message>
            <source>Les 1000 premiers jours</source>
            <extracomment>From resources/rules/milestones.toml: rule[1].title</extracomment>
            <translation>الأيام الألف الأولى</translation>
        </message>
        <message>
            <source>Les 1000 premiers jours vont du 4e mois de grossesse aux 2 ans de l'enfant : une période clé pour sa santé et son développement, et pour les parents.</source>
            <extracomment>From resources/rules/milestones.toml: rule[1].explanation</extracomment>
            <translation>تمتد الأيام الألف الأولى من الشهر الرابع من الحمل إلى أن يبلغ الطفل سنتين: فترة أساسية لصحته ونموّه، وللوالدين أيضًا.</translation>
        </message>
        <message>
            <source>La PMI ou la Maison des 1000 premiers jours près de chez vous</source>
            <extracomment>From resources/rules/milestones.toml: rule[1].whom</extracomment>
            <translation>مركز حماية الأمومة والطفولة (PMI) أو دار الأيام الألف الأولى (Maison des 1000 premiers jours) القريبة منك</translation>
        </message>
        <message>
            <source>1er examen prénatal</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].title</extracomment>
            <translation>الفحص الأول قبل الولادة</translation>
        </message>
        <message>
            <source>Le premier des 7 examens prénataux obligatoires, avant la fin du 3e mois de grossesse. Le médecin ou la sage-femme confirme la grossesse, prescrit les premières analyses de sang et remplit la déclaration de grossesse.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].explanation</extracomment>
            <translation>الفحص الأول من بين 7 فحوصات إلزامية قبل الولادة، قبل نهاية الشهر الثالث من الحمل. يؤكد الطبيب أو القابلة (sage-femme) الحمل، ويصف تحاليل الدم الأولى، ويملأ التصريح بالحمل (déclaration de grossesse).</translation>
        </message>
        <message>
            <source>Médecin (généraliste ou gynécologue) ou sage-femme, en cabinet, à l'hôpital ou en PMI</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].whom</extracomment>
            <translation>الطبيب (العام أو طبيب النساء) أو القابلة (sage-femme)، في العيادة أو في المستشفى أو في مركز حماية الأمومة والطفولة (PMI)</translation>
        </message>
        <message>
            <source>Carte Vitale, date des dernières règles, traitements en cours, carnet de vaccination</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].to_bring</extracomment>
            <translation>بطاقة Vitale، وتاريخ آخر دورة شهرية، والأدوية التي تتناولينها حاليًا، ودفتر التلقيح</translation>
        </message>
        <message>
            <source>2e examen prénatal (4e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[1].title</extracomment>
            <translation>الفحص الثاني قبل الولادة (الشهر الرابع)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 4e mois de grossesse, pris en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[1].explanation</extracomment>
            <translation>فحص إلزامي قبل الولادة في الشهر الرابع من الحمل، مغطّى بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Carte Vitale, résultats des analyses</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[1].to_bring; resources/rules/pregnancy.toml: rule[3].to_bring; resources/rules/pregnancy.toml: rule[4].to_bring</extracomment>
            <translation>بطاقة Vitale، ونتائج التحاليل</translation>
        </message>
        <message>
            <source>3e examen prénatal (5e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[2].title</extracomment>
            <translation>الفحص الثالث قبل الولادة (الشهر الخامس)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 5e mois de grossesse, pris en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[2].explanation</extracomment>
            <translation>فحص إلزامي قبل الولادة في الشهر الخامس من الحمل، مغطّى بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Carte Vitale, résultats des analyses et de l'échographie</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[2].to_bring</extracomment>
            <translation>بطاقة Vitale، ونتائج التحاليل والفحص بالموجات فوق الصوتية</translation>
        </message>
        <message>
            <source>4e examen prénatal (6e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[3].title</extracomment>
            <translation>الفحص الرابع قبل الولادة (الشهر السادس)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 6e mois de grossesse. Une prise de sang recherche l'hépatite B et vérifie la numération sanguine.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[3].explanation</extracomment>
            <translation>فحص إلزامي قبل الولادة في الشهر السادس من الحمل. يبحث تحليل دم عن التهاب الكبد B ويتحقق من تعداد خلايا الدم.</translation>
        </message>
        <message>
            <source>5e examen prénatal (7e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[4].title</extracomment>
            <translation>الفحص الخامس قبل الولادة (الشهر السابع)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 7e mois de grossesse, pris en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[4].explanation</extracomment>
            <translation>فحص إلزامي قبل الولادة في الشهر السابع من الحمل، مغطّى بنسبة 100 %.</translation>
        </message>
        <message>
            <source>6e examen prénatal (8e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].title</extracomment>
            <translation>الفحص السادس قبل الولادة (الشهر الثامن)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 8e mois de grossesse. C'est aussi le mois de la consultation avec l'anesthésiste.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].explanation</extracomment>
            <translation>فحص إلزامي قبل الولادة في الشهر الثامن من الحمل. وهو أيضًا شهر الاستشارة مع طبيب التخدير.</translation>
        </message>
        <message>
            <source>Médecin ou sage-femme, souvent à la maternité choisie</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].whom</extracomment>
            <translation>الطبيب أو القابلة (sage-femme)، غالبًا في مستشفى الولادة الذي اخترته</translation>
        </message>
        <message>
            <source>Carte Vitale, dossier de grossesse</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].to_bring; resources/rules/pregnancy.toml: rule[6].to_bring</extracomment>
            <translation>بطاقة Vitale، وملف الحمل</translation>
        </message>
        <message>
            <source>7e examen prénatal (9e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[6].title</extracomment>
            <translation>الفحص السابع قبل الولادة (الشهر التاسع)</translation>
        </message>
        <message>
            <source>Dernier examen prénatal obligatoire, au 9e mois de grossesse, en général à la maternité.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[6].explanation</extracomment>
            <translation>آخر فحص إلزامي قبل الولادة، في الشهر التاسع من الحمل، وعادةً في مستشفى الولادة.</translation>
        </message>
        <message>
            <source>Médecin ou sage-femme de la maternité</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[6].whom</extracomment>
            <translation>طبيب أو قابلة (sage-femme) مستشفى الولادة</translation>
        </message>
        <message>
            <source>Déclarer la grossesse</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].title</extracomment>
            <translation>التصريح بالحمل</translation>
        </message>
        <message>
            <source>La déclaration de grossesse doit parvenir à l'Assurance Maladie et à la Caf dans les 14 premières semaines de grossesse. Le médecin ou la sage-femme la fait en ligne lors du 1er examen prénatal.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].explanation</extracomment>
            <translation>يجب أن يصل التصريح بالحمل (déclaration de grossesse) إلى التأمين الصحي (Assurance Maladie) وإلى صندوق الإعانات العائلية (Caf) خلال الأسابيع الأربعة عشر الأولى من الحمل (محسوبة من الإخصاب). يقوم به الطبيب أو القابلة (sage-femme) عبر الإنترنت خلال الفحص الأول قبل الولادة.</translation>
        </message>
        <message>
            <source>Conseil : faites-la dès le 1er examen, avant la fin du 3e mois de grossesse.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].advice</extracomment>
            <translation>نصيحة: قومي به منذ الفحص الأول، قبل نهاية الشهر الثالث من الحمل.</translation>
        </message>
        <message>
            <source>Médecin ou sage-femme du 1er examen prénatal</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].whom</extracomment>
            <translation>الطبيب أو القابلة (sage-femme) الذي يُجري الفحص الأول قبل الولادة</translation>
        </message>
        <message>
            <source>Carte Vitale</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].to_bring</extracomment>
            <translation>بطاقة Vitale</translation>
        </message>
        <message>
            <source>Entretien prénatal précoce</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[8].title</extracomment>
            <translation>المقابلة المبكرة قبل الولادة</translation>
        </message>
        <message>
            <source>Un temps d'échange obligatoire, seule ou en couple, pour parler de la grossesse, de vos besoins et de l'arrivée du bébé. Il est conseillé dès le 4e mois, mais il n'est jamais trop tard.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[8].explanation</extracomment>
            <translation>وقت للحوار إلزامي، بمفردك أو مع شريكك، للحديث عن الحمل وعن احتياجاتك وعن قدوم الطفل. يُنصح به ابتداءً من الشهر الرابع، لكن الوقت لا يفوت أبدًا.</translation>
        </message>
        <message>
            <source>Sage-femme ou médecin, en libéral ou en PMI</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[8].whom</extracomment>
            <translation>القابلة (sage-femme) أو الطبيب، في عيادة خاصة أو في مركز حماية الأمومة والطفولة (PMI)</translation>
        </message>
        <message>
            <source>1re échographie (vers 12 SA)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].title</extracomment>
            <translation>الفحص الأول بالموجات فوق الصوتية (نحو 12 أسبوعًا، SA)</translation>
        </message>
        <message>
            <source>Échographie recommandée du 1er trimestre, entre 11 SA et 13 SA + 6 j. Elle date précisément la grossesse : la date de début de grossesse qu'elle donne sert pour tout le suivi.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].explanation</extracomment>
            <translation>فحص بالموجات فوق الصوتية موصى به في الثلث الأول من الحمل، بين 11 أسبوعًا و13 أسبوعًا و6 أيام من انقطاع الطمث (SA: أسابيع تُحسب من أول يوم من آخر دورة شهرية). يحدّد عمر الحمل بدقة: تاريخ بداية الحمل الذي يعطيه يُعتمد في كل المتابعة.</translation>
        </message>
        <message>
            <source>Échographiste (médecin ou sage-femme)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].whom; resources/rules/pregnancy.toml: rule[10].whom; resources/rules/pregnancy.toml: rule[11].whom</extracomment>
            <translation>أخصائي التصوير بالموجات فوق الصوتية (طبيب أو قابلة)</translation>
        </message>
        <message>
            <source>Carte Vitale, ordonnance</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].to_bring</extracomment>
            <translation>بطاقة Vitale، والوصفة الطبية</translation>
        </message>
        <message>
            <source>2e échographie (vers 22 SA)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[10].title</extracomment>
            <translation>الفحص الثاني بالموجات فوق الصوتية (نحو 22 أسبوعًا، SA)</translation>
        </message>
        <message>
            <source>Échographie recommandée du 2e trimestre, vers 22 SA (entre 20 SA et 24 SA + 6 j) : elle vérifie la croissance et l'anatomie du bébé.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[10].explanation</extracomment>
            <translation>فحص بالموجات فوق الصوتية موصى به في الثلث الثاني من الحمل، نحو 22 أسبوعًا من انقطاع الطمث (SA) (بين 20 أسبوعًا و24 أسبوعًا و6 أيام): يتحقق من نموّ الجنين ومن تكوين أعضائه.</translation>
        </message>
        <message>
            <source>Carte Vitale, ordonnance, compte rendu de la 1re échographie</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[10].to_bring</extracomment>
            <translation>بطاقة Vitale، والوصفة الطبية، وتقرير الفحص الأول بالموجات فوق الصوتية</translation>
        </message>
        <message>
            <source>3e échographie (vers 32 SA)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[11].title</extracomment>
            <translation>الفحص الثالث بالموجات فوق الصوتية (نحو 32 أسبوعًا، SA)</translation>
        </message>
        <message>
            <source>Échographie recommandée du 3e trimestre, vers 32 SA (entre 30 SA et 34 SA + 6 j) : elle vérifie la croissance et la position du bébé.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[11].explanation</extracomment>
            <translation>فحص بالموجات فوق الصوتية موصى به في الثلث الثالث من الحمل، نحو 32 أسبوعًا من انقطاع الطمث (SA) (بين 30 أسبوعًا و34 أسبوعًا و6 أيام): يتحقق من نموّ الجنين ومن وضعيته.</translation>
        </message>
        <message>
            <source>Carte Vitale, ordonnance, comptes rendus des échographies précédentes</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[11].to_bring</extracomment>
            <translation>بطاقة Vitale، والوصفة الطبية، وتقارير الفحوصات السابقة بالموجات فوق الصوتية</translation>
        </message>
        <message>
            <source>Prise en charge à 100 % de tous les soins</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[12].title</extracomment>
            <translation>تغطية جميع العلاجات بنسبة 100 %</translation>
        </message>
        <message>
            <source>Du 1er jour du 6e mois de grossesse au 12e jour après l'accouchement, l'Assurance Maladie rembourse à 100 % tous les soins remboursables, même sans lien avec la grossesse.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[12].explanation</extracomment>
            <translation>من اليوم الأول من الشهر السادس من الحمل إلى اليوم الثاني عشر بعد الولادة، يسدّد التأمين الصحي (Assurance Maladie) بنسبة 100 % جميع العلاجات القابلة للتسديد، حتى تلك التي لا علاقة لها بالحمل.</translation>
        </message>
        <message>
            <source>Consultation d'anesthésie (8e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].title</extracomment>
            <translation>استشارة التخدير (الشهر الثامن)</translation>
        </message>
        <message>
            <source>Consultation avec l'anesthésiste de la maternité au 8e mois, qu'une péridurale soit prévue ou non. Elle est prise en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].explanation</extracomment>
            <translation>استشارة مع طبيب التخدير في مستشفى الولادة في الشهر الثامن، سواء كان التخدير فوق الجافية (péridurale) مُقرَّرًا أم لا. وهي مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Anesthésiste de la maternité</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].whom</extracomment>
            <translation>طبيب التخدير في مستشفى الولادة</translation>
        </message>
        <message>
            <source>Carte Vitale, résultats des analyses, liste des traitements et allergies</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].to_bring</extracomment>
            <translation>بطاقة Vitale، ونتائج التحاليل، وقائمة الأدوية والحساسيات</translation>
        </message>
        <message>
            <source>Bilan bucco-dentaire offert</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].title</extracomment>
            <translation>فحص مجاني للفم والأسنان</translation>
        </message>
        <message>
            <source>Méningocoque B (1re dose). Les vaccins contre les méningocoques B et A, C, W, Y sont obligatoires depuis le 1er janvier 2025 ; pour entrer en crèche, chez une assistante maternelle ou à l'école, ils sont aussi demandés pour les enfants nés à partir de juillet 2023, avec des doses de rattrapage si besoin. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[1].explanation</extracomment>
            <translation>المكورات السحائية B (الجرعة الأولى). اللقاحات ضد المكورات السحائية B وACWY إلزامية منذ 1 جانفي 2025؛ وللدخول إلى الحضانة (crèche) أو لدى مربية أطفال معتمدة (assistante maternelle) أو إلى المدرسة، تُطلب أيضًا للأطفال المولودين ابتداءً من جويلية 2023، مع جرعات استدراكية عند الحاجة. هذه اللقاحات ضرورية لدخول الحضانة أو البقاء عند مربية أطفال معتمدة أو دخول المدرسة.</translation>
        </message>
        <message>
            <source>Un examen de prévention chez le dentiste est pris en charge à 100 % à partir du 4e mois de grossesse. Les changements de la grossesse fragilisent les gencives : mieux vaut le faire avant l'accouchement.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].explanation</extracomment>
            <translation type="vanished">فحص وقائي عند طبيب الأسنان مغطّى بنسبة 100 % ابتداءً من الشهر الرابع من الحمل. تغيّرات الحمل تُضعف اللثة: من الأفضل القيام به قبل الولادة.</translation>
        </message>
        <message>
            <source>Chirurgien-dentiste</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].whom</extracomment>
            <translation>طبيب الأسنان</translation>
        </message>
        <message>
            <source>Carte Vitale, l'invitation de l'Assurance Maladie si vous l'avez reçue</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].to_bring</extracomment>
            <translation>بطاقة Vitale، ودعوة التأمين الصحي (Assurance Maladie) إذا وصلتك</translation>
        </message>
        <message>
            <source>Vaccins des 2 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[0].title</extracomment>
            <translation>لقاحات عمر شهرين</translation>
        </message>
        <message>
            <source>Diphtérie, tétanos, coqueluche, poliomyélite, Haemophilus influenzae b, hépatite B (vaccin hexavalent, 1re dose) et pneumocoque (1re dose). Le vaccin contre le rotavirus, recommandé, peut commencer à cet âge. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[0].explanation</extracomment>
            <translation>الخُناق (الدفتيريا)، والكزاز، والسعال الديكي، وشلل الأطفال، والمستدمية النزلية من النوع b، والتهاب الكبد B (اللقاح السداسي، الجرعة الأولى) والمكورات الرئوية (الجرعة الأولى). يمكن أن يبدأ في هذا العمر لقاح فيروس الروتا، وهو موصى به. هذه اللقاحات إلزامية لدخول الحضانة (crèche) أو البقاء عند مربية أطفال معتمدة (assistante maternelle) أو دخول المدرسة.</translation>
        </message>
        <message>
            <source>Médecin, pédiatre, PMI ou sage-femme (et pharmacien ou infirmier sur prescription)</source>
            <extracomment>From resources/rules/vaccines.toml: defaults.whom</extracomment>
            <translation>الطبيب، أو طبيب الأطفال، أو مركز حماية الأمومة والطفولة (PMI)، أو القابلة (sage-femme) (والصيدلي أو الممرض بوصفة طبية)</translation>
        </message>
        <message>
            <source>Votre employeur : prévenez-le de votre grossesse et des dates de votre congé (lettre recommandée ou remise en main propre). Votre caisse d'assurance maladie verse les indemnités journalières si vous remplissez ses conditions (durée d'affiliation et heures travaillées ou salaire).</source>
            <extracomment>From resources/rules/leave.toml: rule[0].whom</extracomment>
            <translation>صاحب العمل: أخبريه بحملك وبتواريخ إجازتك (برسالة مضمونة أو برسالة تُسلَّم يدًا بيد). يدفع صندوق التأمين الصحي التعويضات اليومية إذا استوفيتِ شروطه (مدة الانتساب وساعات العمل أو الأجر).</translation>
        </message>
        <message>
            <source>Pour un enfant né à partir du 1er janvier 2026 (ou né avant mais attendu à partir de cette date), chaque parent salarié peut prendre 1 ou 2 mois de congé, en une fois ou en deux périodes d'un mois, après avoir pris son congé de maternité ou de paternité, et jamais avant le 1er juillet 2026. Enfant né entre le 1er janvier et le 30 juin 2026 (ou né avant mais attendu en 2026) : à prendre entre le 1er juillet 2026 et le 31 mars 2027. Enfant né à partir du 1er juillet 2026 : à prendre dans les 9 mois après la naissance. La période indiquée commence le premier jour où l'un des parents a fini son congé. L'employeur ne peut pas refuser.</source>
            <extracomment>From resources/rules/leave.toml: rule[7].explanation</extracomment>
            <translation>لطفل مولود ابتداءً من 1 جانفي 2026 (أو مولود قبل ذلك لكن موعد ولادته المتوقع ابتداءً من هذا التاريخ)، يمكن لكل والد أجير أن يأخذ إجازة لمدة شهر أو شهرين، دفعة واحدة أو على فترتين من شهر واحد، بعد أخذ إجازة الأمومة أو الأبوة، ولا يمكن أخذها أبدًا قبل 1 جويلية 2026. طفل مولود بين 1 جانفي و30 جوان 2026 (أو مولود قبل ذلك لكن متوقع في 2026): تؤخذ بين 1 جويلية 2026 و31 مارس 2027. طفل مولود ابتداءً من 1 جويلية 2026: تؤخذ خلال 9 أشهر بعد الولادة. تبدأ الفترة المعروضة في أول يوم ينهي فيه أحد الوالدين إجازته. لا يمكن لصاحب العمل الرفض.</translation>
        </message>
        <message>
            <source>Indemnités journalières de l'Assurance Maladie : 70 % du salaire net le 1er mois, 60 % le 2e mois, calculées sur un salaire limité au plafond de la sécurité sociale (4 005 € par mois en 2026). Votre convention collective peut prévoir mieux.</source>
            <extracomment>From resources/rules/leave.toml: rule[7].advice</extracomment>
            <translation>تعويضات يومية من التأمين الصحي: 70 % من الأجر الصافي في الشهر الأول، و60 % في الشهر الثاني، تُحسب على أجر محدود بسقف الضمان الاجتماعي (4 005 € شهريًا في 2026). قد تنص اتفاقيتك الجماعية على ما هو أفضل.</translation>
        </message>
        <message>
            <source>Votre employeur (lettre recommandée ou remise en main propre contre décharge) et votre caisse d'assurance maladie</source>
            <extracomment>From resources/rules/leave.toml: rule[7].whom</extracomment>
            <translation>صاحب العمل (برسالة مضمونة أو برسالة تُسلَّم يدًا بيد مقابل وصل) وصندوق التأمين الصحي</translation>
        </message>
        <message>
            <source>Prévenir l'employeur du congé supplémentaire de naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[8].title</extracomment>
            <translation>إخبار صاحب العمل بإجازة الميلاد الإضافية</translation>
        </message>
        <message>
            <source>Pour prendre le congé supplémentaire de naissance, informez votre employeur de la date de début et de la durée du congé (et, pour 2 mois, s'il est pris en une fois ou en deux) au moins 1 mois avant qu'il commence. Ce délai est de 15 jours seulement si le congé suit immédiatement le congé de paternité (ou d'adoption) et commence dans le mois qui suit la naissance. La date indiquée vaut pour un congé qui commence le premier jour possible ; s'il commence plus tard, prévenez 1 mois avant ce jour-là.</source>
            <extracomment>From resources/rules/leave.toml: rule[8].explanation</extracomment>
            <translation>لأخذ إجازة الميلاد الإضافية، أخبر صاحب العمل بتاريخ بدء الإجازة ومدتها (وفي حالة الشهرين، هل تؤخذ دفعة واحدة أو على فترتين) قبل شهر واحد على الأقل من بدئها. تكون هذه المهلة 15 يومًا فقط إذا كانت الإجازة تلي مباشرة إجازة الأبوة (أو التبني) وتبدأ خلال الشهر الذي يلي الولادة. التاريخ المعروض يخص إجازة تبدأ في أول يوم ممكن؛ إذا بدأت لاحقًا، أخبر صاحب العمل قبل ذلك اليوم بشهر.</translation>
        </message>
        <message>
            <source>Une lettre recommandée avec accusé de réception, ou une lettre remise en main propre contre décharge</source>
            <extracomment>From resources/rules/leave.toml: rule[8].to_bring</extracomment>
            <translation>رسالة مضمونة مع إشعار بالاستلام، أو رسالة تُسلَّم يدًا بيد مقابل وصل</translation>
        </message>
        <message>
            <source>Un examen de prévention chez le dentiste est pris en charge à 100 %, du 4e mois de grossesse jusqu'au 6e mois après l'accouchement. Les changements de la grossesse fragilisent les gencives : c'est l'occasion de faire le point, et de parler des dents de votre enfant.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].explanation</extracomment>
            <translation>فحص وقائي عند طبيب الأسنان مغطّى بنسبة 100 %، من الشهر الرابع من الحمل حتى الشهر السادس بعد الولادة. تغيّرات الحمل تُضعف اللثة: إنها فرصة للاطمئنان، وللحديث عن أسنان طفلك.</translation>
        </message>
        <message>
            <source>Vaccin des 3 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[1].title</extracomment>
            <translation>لقاح عمر 3 أشهر</translation>
        </message>
        <message>
            <source>Méningocoque B (1re dose), obligatoire pour les enfants nés depuis 2025. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[1].explanation</extracomment>
            <translation type="vanished">المكورات السحائية B (الجرعة الأولى)، إلزامي للأطفال المولودين منذ 2025. هذه اللقاحات إلزامية لدخول الحضانة (crèche) أو البقاء عند مربية أطفال معتمدة (assistante maternelle) أو دخول المدرسة.</translation>
        </message>
        <message>
            <source>Vaccins des 4 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[2].title</extracomment>
            <translation>لقاحات عمر 4 أشهر</translation>
        </message>
        <message>
            <source>Vaccin hexavalent (2e dose) et pneumocoque (2e dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[2].explanation</extracomment>
            <translation>اللقاح السداسي (الجرعة الثانية) والمكورات الرئوية (الجرعة الثانية). هذه اللقاحات إلزامية لدخول الحضانة (crèche) أو البقاء عند مربية أطفال معتمدة (assistante maternelle) أو دخول المدرسة.</translation>
        </message>
        <message>
            <source>Vaccin des 5 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[3].title</extracomment>
            <translation>لقاح عمر 5 أشهر</translation>
        </message>
        <message>
            <source>Méningocoque B (2e dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[3].explanation</extracomment>
            <translation>المكورات السحائية B (الجرعة الثانية). هذه اللقاحات إلزامية لدخول الحضانة (crèche) أو البقاء عند مربية أطفال معتمدة (assistante maternelle) أو دخول المدرسة.</translation>
        </message>
        <message>
            <source>Vaccin des 6 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[4].title</extracomment>
            <translation>لقاح عمر 6 أشهر</translation>
        </message>
        <message>
            <source>Méningocoques A, C, W, Y (1re dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[4].explanation</extracomment>
            <translation>المكورات السحائية A وC وW وY (الجرعة الأولى). هذه اللقاحات إلزامية لدخول الحضانة (crèche) أو البقاء عند مربية أطفال معتمدة (assistante maternelle) أو دخول المدرسة.</translation>
        </message>
        <message>
            <source>Rappels des 11 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[5].title</extracomment>
            <translation>الجرعات المعززة في عمر 11 شهرًا</translation>
        </message>
        <message>
            <source>Rappels du vaccin hexavalent et du pneumocoque. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[5].explanation</extracomment>
            <translation>الجرعات المعززة من اللقاح السداسي ومن لقاح المكورات الرئوية. هذه اللقاحات إلزامية لدخول الحضانة (crèche) أو البقاء عند مربية أطفال معتمدة (assistante maternelle) أو دخول المدرسة.</translation>
        </message>
        <message>
            <source>Vaccins des 12 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[6].title</extracomment>
            <translation>لقاحات عمر 12 شهرًا</translation>
        </message>
        <message>
            <source>Rougeole, oreillons, rubéole (1re dose), rappel méningocoques A, C, W, Y et rappel méningocoque B. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[6].explanation</extracomment>
            <translation>الحصبة، والنكاف، والحصبة الألمانية (الجرعة الأولى)، وجرعة معززة من لقاح المكورات السحائية A وC وW وY، وجرعة معززة من لقاح المكورات السحائية B. هذه اللقاحات إلزامية لدخول الحضانة (crèche) أو البقاء عند مربية أطفال معتمدة (assistante maternelle) أو دخول المدرسة.</translation>
        </message>
        <message>
            <source>Vaccin entre 16 et 18 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[7].title</extracomment>
            <translation>لقاح بين 16 و18 شهرًا</translation>
        </message>
        <message>
            <source>Rougeole, oreillons, rubéole (2e dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[7].explanation</extracomment>
            <translation>الحصبة، والنكاف، والحصبة الألمانية (الجرعة الثانية). هذه اللقاحات إلزامية لدخول الحضانة (crèche) أو البقاء عند مربية أطفال معتمدة (assistante maternelle) أو دخول المدرسة.</translation>
        </message>
        <message>
            <source>Vaccin contre le rotavirus (recommandé)</source>
            <extracomment>From resources/rules/vaccines.toml: rule[8].title</extracomment>
            <translation>لقاح فيروس الروتا (موصى به)</translation>
        </message>
        <message>
            <source>Recommandé, non obligatoire : 2 ou 3 doses à avaler, à partir de 6 semaines, à 2, 3 (et 4) mois. La 1re dose se donne au plus tard à 4 mois ; il protège des gastro-entérites graves du nourrisson.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[8].explanation</extracomment>
            <translation>موصى به، وغير إلزامي: جرعتان أو 3 جرعات تؤخذ عن طريق الفم، ابتداءً من عمر 6 أسابيع، في عمر شهرين و3 (و4) أشهر. تُعطى الجرعة الأولى في عمر 4 أشهر على أقصى تقدير؛ ويحمي من التهابات المعدة والأمعاء الخطيرة لدى الرضّع.</translation>
        </message>
        <message>
            <source>Médecin, pédiatre ou PMI</source>
            <extracomment>From resources/rules/vaccines.toml: rule[8].whom</extracomment>
            <translation>الطبيب، أو طبيب الأطفال، أو مركز حماية الأمومة والطفولة (PMI)</translation>
        </message>
    </context>
    <context>
        <name>SampleFamilyCard</name>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="-92" />
            <source>Explorer ce parcours</source>
            <translation>استكشاف هذا المسار</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Explorer le parcours : %1</source>
            <translation>استكشاف المسار: %1</translation>
        </message>
    </context>
    <context>
        <name>SelectionBox</name>
        <message>
            <location filename="../src/parcours_app/ui/export_dialogs.py" line="-389" />
            <source>Que garder ?</source>
            <translation>ماذا نحتفظ به؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tout le parcours</source>
            <translation>&amp;المسار كله</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les étapes &amp;obligatoires seulement</source>
            <translation>المراحل الإ&amp;لزامية فقط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les étapes d’un &amp;enfant :</source>
            <translation>مراحل &amp;طفل واحد:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tout le parcours</source>
            <translation>المسار كله</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les étapes obligatoires seulement</source>
            <translation>المراحل الإلزامية فقط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les étapes d’un enfant</source>
            <translation>مراحل طفل واحد</translation>
        </message>
        <message>
            <location line="+2" />
            <source>le bébé attendu</source>
            <translation>الطفل المنتظَر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enfant</source>
            <translation>الطفل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>L’enfant dont les examens, vaccins et étapes sont gardés</source>
            <translation>الطفل الذي نحتفظ بفحوصاته ولقاحاته ومراحله</translation>
        </message>
    </context>
    <context>
        <name>SelfTestDialogs</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/common.py" line="+37" />
            <source>Enregistrer le résumé en PDF</source>
            <translation>حفظ الملخص بصيغة PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Document PDF (*.pdf)</source>
            <translation>مستند PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Imprimer le résumé</source>
            <translation>طباعة الملخص</translation>
        </message>
    </context>
    <context>
        <name>SelfTestPage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/selftest_page.py" line="+286" />
            <source>Questionnaire indisponible</source>
            <translation>الاستبيان غير متاح</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Besoin d'aide maintenant ?</source>
            <translation>هل تحتاج إلى مساعدة الآن؟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Besoin d'aide maintenant ? Ouvrir les numéros d'urgence et d'écoute</source>
            <translation>هل تحتاج إلى مساعدة الآن؟ افتح أرقام الطوارئ والاستماع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Numéros d'urgence et d'écoute : 3114, 15, 112 et d'autres</source>
            <translation>أرقام الطوارئ والاستماع: 3114 و15 و112 وغيرها</translation>
        </message>
    </context>
    <context>
        <name>SessionPinDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="-187" />
            <location line="+18" />
            <source>Code du personnel pour cette session</source>
            <translation>رمز الموظفين لهذه الجلسة</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Aucun code du personnel n'est enregistré sur ce poste : choisissez-en un pour cette session (4 à 8 chiffres). Il n'est gardé qu'en mémoire.</source>
            <translation>لا يوجد رمز للموظفين محفوظ على هذا الجهاز: اختاروا رمزًا لهذه الجلسة (من 4 إلى 8 أرقام). يُحفظ في الذاكرة فقط.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Code (4 à 8 chiffres) :</source>
            <translation>&amp;الرمز (من 4 إلى 8 أرقام):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Con&amp;firmer le code :</source>
            <translation>تأ&amp;كيد الرمز:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confirmer le code du personnel</source>
            <translation>تأكيد رمز الموظفين</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Démarrer l'accueil</source>
            <translation>بدء الاستقبال</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quitter</source>
            <translation>خروج</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Les deux codes ne sont pas identiques. Tapez-les à nouveau.</source>
            <translation>الرمزان غير متطابقين. يُرجى كتابتهما من جديد.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/settings_dialog.py" line="+212" />
            <source>Le nouveau dossier sera utilisé au prochain démarrage. Vos données actuelles restent dans l'ancien dossier : copiez le fichier parcours.sqlite si vous voulez les emporter.</source>
            <translation>سيُستخدم المجلد الجديد عند التشغيل القادم. تبقى بياناتك الحالية في المجلد القديم: انسخ الملف parcours.sqlite إذا أردت نقلها.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paramètres</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Affichage</source>
            <translation>العرض</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rappels</source>
            <translation>التذكيرات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Données</source>
            <translation>البيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Langue :</source>
            <translation>ال&amp;لغة:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Taille du texte :</source>
            <translation>&amp;حجم النص:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;hème :</source>
            <translation>الم&amp;ظهر:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clair</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sombre</source>
            <translation>داكن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contraste élevé</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Une &amp;heure avant un rendez-vous</source>
            <translation>قبل الموعد بـ&amp;ساعة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La &amp;veille (rendez-vous et dates limites)</source>
            <translation>في اليوم السا&amp;بق (المواعيد والآجال النهائية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Une se&amp;maine avant (rendez-vous et dates limites)</source>
            <translation>قبل أسبو&amp;ع (المواعيد والآجال النهائية)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Garder l'application dans la zone de &amp;notification quand je la ferme</source>
            <translation>إبقاء التطبيق في منطقة الإ&amp;شعارات عندما أغلقه</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Démarrer à l'ouverture de session</source>
            <translation>ال&amp;تشغيل عند فتح الجلسة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sur macOS : Réglages système &gt; Général &gt; Ouverture, ajoutez Parcours 1000 jours.</source>
            <translation>على macOS: إعدادات النظام (Réglages système) &gt; عام (Général) &gt; فتح (Ouverture)، ثم أضف Parcours 1000 jours.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Dossier des données :</source>
            <translation>&amp;مجلد البيانات:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Choisir…</source>
            <translation>ا&amp;ختيار…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choisir le dossier des données</source>
            <translation>اختيار مجلد البيانات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vos données restent sur cet ordinateur, lisibles par vous seul.</source>
            <translation>تبقى بياناتك على هذا الحاسوب، ولا يستطيع قراءتها أحد غيرك.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Supprimer toutes les données…</source>
            <translation>ح&amp;ذف جميع البيانات…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supprimer toutes les données de la famille</source>
            <translation>حذف جميع بيانات العائلة</translation>
        </message>
    </context>
    <context>
        <name>StaffPin</name>
        <message>
            <source>Le code du personnel doit avoir de 4 à 8 chiffres.</source>
            <extracomment>From src/parcours_app/core/staff_pin.py:31</extracomment>
            <translation>يجب أن يتكوّن رمز الموظفين من 4 إلى 8 أرقام.</translation>
        </message>
    </context>
    <context>
        <name>StaffPinDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="+31" />
            <source>Réservé au personnel</source>
            <translation>للموظفين فقط</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Code du personnel</source>
            <translation>رمز الموظفين</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Code du personnel :</source>
            <translation>&amp;رمز الموظفين:</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Code incorrect. Nouvel essai possible dans %1 s.</source>
            <translation>رمز غير صحيح. يمكن المحاولة مجدداً بعد ⁦%1⁩ ث.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Entrez le code du personnel.</source>
            <translation>أدخلوا رمز الموظفين.</translation>
        </message>
    </context>
    <context>
        <name>StageTimeline</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/timeline.py" line="+55" />
            <source>Frise des étapes</source>
            <translation>الشريط الزمني للمراحل</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Aucune grossesse ni aucun enfant pour l'instant.</source>
            <translation>لا يوجد أي حمل ولا أي طفل حتى الآن.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Aujourd'hui : %1.</source>
            <translation>اليوم: %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Aujourd'hui : avant la grossesse.</source>
            <translation>اليوم: قبل الحمل.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aujourd'hui : après les 3 ans de l'enfant.</source>
            <translation>اليوم: بعد أن بلغ الطفل 3 سنوات.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Naissance prévue le %1.</source>
            <translation>الولادة متوقعة في %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Naissance le %1.</source>
            <translation>الولادة في %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Les 1000 premiers jours vont du %1 au %2.</source>
            <translation>تمتد الأيام الألف الأولى من %1 إلى %2.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Étape choisie : %1, du %2 au %3.</source>
            <translation>المرحلة المختارة: %1، من %2 إلى %3.</translation>
        </message>
        <message>
            <location line="+109" />
            <source>● Naissance prévue le %1</source>
            <translation>● الولادة متوقعة في %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>● Naissance le %1</source>
            <translation>● الولادة في %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Grossesse (mois)</source>
            <translation>الحمل (بالأشهر)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Âge de l'enfant</source>
            <translation>عمر الطفل</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Les 1000 premiers jours</source>
            <translation>الأيام الألف الأولى</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Aujourd'hui</source>
            <translation>اليوم</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/selftest_page.py" line="-193" />
            <source>Présentation du questionnaire</source>
            <translation>تقديم الاستبيان</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Questionnaire : comment vous sentez-vous pendant la grossesse ?</source>
            <translation>استبيان: كيف تشعرين خلال الحمل؟</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ce questionnaire de 10 questions (l'échelle d'Édimbourg, EPDS) aide aussi à repérer une dépression pendant la grossesse : il a été validé auprès de femmes enceintes, avec les mêmes seuils qu'après la naissance. Il porte sur les 7 derniers jours et prend quelques minutes. Vous pouvez l'arrêter à tout moment.</source>
            <translation>يساعد هذا الاستبيان المكوَّن من 10 أسئلة (مقياس إدنبرة، EPDS) أيضاً على رصد الاكتئاب خلال الحمل: فقد تمّ التحقق من صلاحيته لدى النساء الحوامل، بالعتبات نفسها المعتمدة بعد الولادة. يتناول الأيام السبعة الأخيرة ويستغرق بضع دقائق. يمكنك التوقف في أي وقت.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Questionnaire : comment vous sentez-vous depuis la naissance ?</source>
            <translation>استبيان: كيف تشعر منذ الولادة؟</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ce questionnaire de 10 questions (l'échelle d'Édimbourg, EPDS) aide à repérer une dépression après la naissance, qui touche une mère sur six environ et près d'un père sur dix. Il porte sur les 7 derniers jours et prend quelques minutes. Vous pouvez l'arrêter à tout moment.</source>
            <translation>يساعد هذا الاستبيان المكوَّن من 10 أسئلة (مقياس إدنبرة، EPDS) على الكشف عن اكتئاب ما بعد الولادة، الذي يصيب أمًّا واحدة من كل ست أمهات تقريبًا، وما يقارب أبًا واحدًا من كل عشرة آباء. يتعلق بالأيام السبعة الماضية ويستغرق بضع دقائق. يمكنك التوقف عنه في أي لحظة.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>Qui répond ?</source>
            <translation>من يجيب؟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>La future mère (la personne enceinte)</source>
            <translation>الأم المستقبلية (الشخص الحامل)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>La mère (la personne qui a accouché)</source>
            <translation>الأم (الشخص الذي وضع المولود)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>L'autre parent, questions au masculin (« je me suis senti »)</source>
            <translation>الوالد الآخر، الأسئلة بصيغة المذكر («je me suis senti»)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>L'autre parent, questions au féminin (« je me suis sentie »)</source>
            <translation>الوالد الآخر، الأسئلة بصيغة المؤنث («je me suis sentie»)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Langue du questionnaire</source>
            <translation>لغة الاستبيان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Français (version validée, Guedeney et Fermanian, 1998)</source>
            <translation>Français — الفرنسية (النسخة المُصادَق عليها علميًا، Guedeney وFermanian، 1998)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English (original version, Cox, Holden and Sagovsky, 1987)</source>
            <translation>English — الإنجليزية (النسخة الأصلية، Cox وHolden وSagovsky، 1987)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Le questionnaire n'existe ici qu'en français et en anglais, les deux versions validées par des études publiées : une traduction non validée changerait le sens des scores.</source>
            <translation>لا يتوفر الاستبيان هنا إلا بالفرنسية والإنجليزية، وهما النسختان اللتان صادقت عليهما دراسات منشورة: فالترجمة غير المُصادَق عليها قد تغيّر معنى النتائج.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Commencer le questionnaire</source>
            <translation>بدء الاستبيان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mes résultats gardés</source>
            <translation>نتائجي المحفوظة</translation>
        </message>
    </context>
    <context>
        <name>WorkstationDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/workstation_dialog.py" line="+35" />
            <source>Poste professionnel</source>
            <translation>محطة العمل المهنية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Le lieu qui utilise cet ordinateur (PMI, Maison des 1000 premiers jours) : il est imprimé sur le plan de consultation. Le code du personnel protège le mode accueil.</source>
            <translation>الجهة التي تستخدم هذا الحاسوب (PMI، دار الألف يوم الأولى): تُطبع على خطة الاستشارة. ويحمي رمز الموظفين وضع الاستقبال.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Notre lieu</source>
            <translation>مكاننا</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Nom :</source>
            <translation>الا&amp;سم:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nom du lieu</source>
            <translation>اسم المكان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Adresse :</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adresse</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Téléphone :</source>
            <translation>ال&amp;هاتف:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Téléphone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Horaires :</source>
            <translation>&amp;ساعات العمل:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Horaires</source>
            <translation>ساعات العمل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail :</source>
            <translation>البريد الإ&amp;لكتروني:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adresse e-mail</source>
            <translation>عنوان البريد الإلكتروني</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ite web :</source>
            <translation>الموقع الإل&amp;كتروني:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Site web</source>
            <translation>الموقع الإلكتروني</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code du personnel (mode accueil)</source>
            <translation>رمز الموظفين (وضع الاستقبال)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Un code est défini. Laissez vide pour le garder.</source>
            <translation>تمّ تحديد رمز. اتركوا الحقل فارغاً للإبقاء عليه.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Aucun code enregistré : au démarrage du mode accueil, le personnel en choisit un pour la session (gardé en mémoire seulement).</source>
            <translation>لا يوجد رمز محفوظ: عند بدء وضع الاستقبال، يختار الموظفون رمزًا للجلسة (يُحفظ في الذاكرة فقط).</translation>
        </message>
        <message>
            <source>Aucun code : au mode accueil, un simple « Oui » suffit pour quitter.</source>
            <translation type="vanished">لا يوجد رمز: في وضع الاستقبال تكفي «نعم» بسيطة للخروج.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Nouveau code (4 à 8 chiffres) :</source>
            <translation>الرمز ال&amp;جديد (من 4 إلى 8 أرقام):</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nouveau code du personnel</source>
            <translation>رمز الموظفين الجديد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Confirmer le code :</source>
            <translation>&amp;تأكيد الرمز:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confirmer le code du personnel</source>
            <translation>تأكيد رمز الموظفين</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Les deux codes ne sont pas identiques.</source>
            <translation>الرمزان غير متطابقين.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Non enregistré : %1</source>
            <translation>لم يُحفظ: %1</translation>
        </message>
    </context>
    <context>
        <name>_ExportDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/export_dialogs.py" line="+54" />
            <source>Le fichier %1 n’a pas pu être enregistré (%2). Choisissez un autre dossier.</source>
            <translation>تعذّر حفظ الملف %1 (%2). اختر مجلدًا آخر.</translation>
        </message>
    </context>
    <context>
        <name>_FamilyChangeDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+429" />
            <source>Indiquez la date.</source>
            <translation>أدخل التاريخ.</translation>
        </message>
    </context>
    <context>
        <name>content</name>
        <message>
            <source>%1, entrée « %2 » : %3</source>
            <extracomment>From src/parcours_app/core/content_files.py:50</extracomment>
            <translation>%1، المُدخل «%2»: %3</translation>
        </message>
        <message>
            <source>Début de grossesse (avant le 4e mois)</source>
            <extracomment>From resources/content/catalog.toml: stage[0].label</extracomment>
            <translation>بداية الحمل (قبل الشهر الرابع)</translation>
        </message>
        <message>
            <source>Grossesse, mois 1 à 3</source>
            <extracomment>From resources/content/catalog.toml: stage[0].short_label</extracomment>
            <translation>الحمل، الأشهر 1 إلى 3</translation>
        </message>
        <message>
            <source>Grossesse, du 4e au 6e mois</source>
            <extracomment>From resources/content/catalog.toml: stage[1].label</extracomment>
            <translation>الحمل، من الشهر الرابع إلى السادس</translation>
        </message>
        <message>
            <source>Grossesse, mois 4 à 6</source>
            <extracomment>From resources/content/catalog.toml: stage[1].short_label</extracomment>
            <translation>الحمل، الأشهر 4 إلى 6</translation>
        </message>
        <message>
            <source>Grossesse, du 7e au 9e mois</source>
            <extracomment>From resources/content/catalog.toml: stage[2].label</extracomment>
            <translation>الحمل، من الشهر السابع إلى التاسع</translation>
        </message>
        <message>
            <source>Grossesse, mois 7 à 9</source>
            <extracomment>From resources/content/catalog.toml: stage[2].short_label</extracomment>
            <translation>الحمل، الأشهر 7 إلى 9</translation>
        </message>
        <message>
            <source>La naissance et les deux premières semaines</source>
            <extracomment>From resources/content/catalog.toml: stage[3].label</extracomment>
            <translation>الولادة والأسبوعان الأولان</translation>
        </message>
        <message>
            <source>La naissance</source>
            <extracomment>From resources/content/catalog.toml: stage[3].short_label</extracomment>
            <translation>الولادة</translation>
        </message>
        <message>
            <source>Bébé de 0 à 3 mois</source>
            <extracomment>From resources/content/catalog.toml: stage[4].label</extracomment>
            <translation>الرضيع من 0 إلى 3 أشهر</translation>
        </message>
        <message>
            <source>0 à 3 mois</source>
            <extracomment>From resources/content/catalog.toml: stage[4].short_label</extracomment>
            <translation>من 0 إلى 3 أشهر</translation>
        </message>
        <message>
            <source>Bébé de 4 à 12 mois</source>
            <extracomment>From resources/content/catalog.toml: stage[5].label</extracomment>
            <translation>الرضيع من 4 إلى 12 شهرًا</translation>
        </message>
        <message>
            <source>4 à 12 mois</source>
            <extracomment>From resources/content/catalog.toml: stage[5].short_label</extracomment>
            <translation>من 4 إلى 12 شهرًا</translation>
        </message>
        <message>
            <source>Enfant de 1 à 2 ans</source>
            <extracomment>From resources/content/catalog.toml: stage[6].label</extracomment>
            <translation>الطفل من سنة إلى سنتين</translation>
        </message>
        <message>
            <source>1 à 2 ans</source>
            <extracomment>From resources/content/catalog.toml: stage[6].short_label</extracomment>
            <translation>من سنة إلى سنتين</translation>
        </message>
        <message>
            <source>Enfant de 2 à 3 ans</source>
            <extracomment>From resources/content/catalog.toml: stage[7].label</extracomment>
            <translation>الطفل من سنتين إلى 3 سنوات</translation>
        </message>
        <message>
            <source>2 à 3 ans</source>
            <extracomment>From resources/content/catalog.toml: stage[7].short_label</extracomment>
            <translation>من سنتين إلى 3 سنوات</translation>
        </message>
        <message>
            <source>Démarches et droits</source>
            <extracomment>From resources/content/catalog.toml: topic[0].label</extracomment>
            <translation>الإجراءات الإدارية والحقوق</translation>
        </message>
        <message>
            <source>Santé et examens</source>
            <extracomment>From resources/content/catalog.toml: topic[1].label</extracomment>
            <translation>الصحة والفحوصات</translation>
        </message>
        <message>
            <source>Vaccins</source>
            <extracomment>From resources/content/catalog.toml: topic[2].label</extracomment>
            <translation>اللقاحات</translation>
        </message>
        <message>
            <source>Congés</source>
            <extracomment>From resources/content/catalog.toml: topic[3].label</extracomment>
            <translation>الإجازات</translation>
        </message>
        <message>
            <source>Place du second parent</source>
            <extracomment>From resources/content/catalog.toml: topic[4].label</extracomment>
            <translation>مكانة الوالد الثاني</translation>
        </message>
        <message>
            <source>Santé mentale</source>
            <extracomment>From resources/content/catalog.toml: topic[5].label</extracomment>
            <translation>الصحة النفسية</translation>
        </message>
        <message>
            <source>Écrans</source>
            <extracomment>From resources/content/catalog.toml: topic[6].label</extracomment>
            <translation>الشاشات</translation>
        </message>
        <message>
            <source>Alimentation et allaitement</source>
            <extracomment>From resources/content/catalog.toml: topic[7].label</extracomment>
            <translation>التغذية والرضاعة الطبيعية</translation>
        </message>
        <message>
            <source>Sommeil</source>
            <extracomment>From resources/content/catalog.toml: topic[8].label</extracomment>
            <translation>النوم</translation>
        </message>
        <message>
            <source>Sécurité (bébé secoué, accidents)</source>
            <extracomment>From resources/content/catalog.toml: topic[9].label</extracomment>
            <translation>السلامة (هزّ الرضيع، الحوادث)</translation>
        </message>
        <message>
            <source>Environnement</source>
            <extracomment>From resources/content/catalog.toml: topic[10].label</extracomment>
            <translation>البيئة</translation>
        </message>
        <message>
            <source>Culture et éveil</source>
            <extracomment>From resources/content/catalog.toml: topic[11].label</extracomment>
            <translation>الثقافة وتنمية المدارك</translation>
        </message>
        <message>
            <source>Modes d'accueil</source>
            <extracomment>From resources/content/catalog.toml: topic[12].label</extracomment>
            <translation>أنماط رعاية الأطفال</translation>
        </message>
        <message>
            <source>Les Maisons des 1000 premiers jours</source>
            <extracomment>From resources/content/catalog.toml: priority[0].title</extracomment>
            <translation>دور الأيام الألف الأولى (Maisons des 1000 premiers jours)</translation>
        </message>
        <message>
            <source>Un lieu près de chez vous pour être accueilli, informé et accompagné, de la grossesse aux 3 ans de l'enfant, avec la PMI et les autres professionnels.</source>
            <extracomment>From resources/content/catalog.toml: priority[0].message</extracomment>
            <translation>مكان قريب منك لاستقبالك وإعلامك ومرافقتك، من الحمل إلى أن يبلغ الطفل 3 سنوات، مع مركز حماية الأمومة والطفولة (PMI) والمختصين الآخرين.</translation>
        </message>
        <message>
            <source>Pas d'écran avant 3 ans</source>
            <extracomment>From resources/content/catalog.toml: priority[1].title; resources/content/items/ecrans.toml: item[0].title</extracomment>
            <translation>لا شاشات قبل 3 سنوات</translation>
        </message>
        <message>
            <source>Protéger les tout-petits des écrans, y compris de ceux des adultes : le téléphone des parents compte aussi.</source>
            <extracomment>From resources/content/catalog.toml: priority[1].message</extracomment>
            <translation>حماية الأطفال الصغار من الشاشات، بما فيها شاشات الكبار: هاتف الوالدين يُحتسب أيضًا.</translation>
        </message>
        <message>
            <source>Pères et co-parents</source>
            <extracomment>From resources/content/catalog.toml: priority[2].title</extracomment>
            <translation>الآباء والوالد الثاني</translation>
        </message>
        <message>
            <source>Le second parent a ses congés, son propre questionnaire sur son moral et toute sa place dans les soins du bébé.</source>
            <extracomment>From resources/content/catalog.toml: priority[2].message</extracomment>
            <translation>للوالد الثاني إجازاته، واستبيانه الخاص حول حالته النفسية، ومكانته الكاملة في رعاية الرضيع.</translation>
        </message>
        <message>
            <source>Chercher un mode d'accueil tôt</source>
            <extracomment>From resources/content/items/accueil.toml: item[0].title</extracomment>
            <translation>البحث عن نمط رعاية للطفل مبكرًا</translation>
        </message>
        <message>
            <source>Crèche, micro-crèche, assistante maternelle, maison d'assistants maternels (MAM) : les places sont souvent rares. Commencez vos recherches pendant la grossesse sur monenfant.fr, et demandez conseil au Relais Petite Enfance (RPE) de votre commune.</source>
            <extracomment>From resources/content/items/accueil.toml: item[0].message</extracomment>
            <translation>الحضانة (crèche)، والحضانة الصغيرة (micro-crèche)، ومربية الأطفال المعتمدة (assistante maternelle)، ودار مربيات الأطفال المعتمدات (MAM): الأماكن غالبًا قليلة. ابدأ البحث أثناء الحمل على موقع monenfant.fr، واطلب النصيحة من مركز خدمات الطفولة المبكرة (Relais Petite Enfance، RPE) في بلديتك.</translation>
        </message>
        <message>
            <source>monenfant.fr</source>
            <extracomment>From resources/content/items/accueil.toml: item[0].link[0].title</extracomment>
            <translation>موقع monenfant.fr</translation>
        </message>
        <message>
            <source>Caf</source>
            <extracomment>From resources/content/items/accueil.toml: item[0].link[1].title; resources/content/items/accueil.toml: item[1].link[0].title; resources/content/items/conges.toml: item[3].link[1].title; … and 1 more</extracomment>
            <translation>صندوق الإعانات العائلية (Caf)</translation>
        </message>
        <message>
            <source>Des aides pour faire garder votre enfant</source>
            <extracomment>From resources/content/items/accueil.toml: item[1].title</extracomment>
            <translation>مساعدات لرعاية طفلك</translation>
        </message>
        <message>
            <source>La Caf ou la MSA peut prendre en charge une partie du coût d'une assistante maternelle ou d'une micro-crèche (complément de libre choix du mode de garde). En crèche, le tarif dépend de vos ressources.</source>
            <extracomment>From resources/content/items/accueil.toml: item[1].message</extracomment>
            <translation>يمكن لصندوق الإعانات العائلية (Caf) أو للتعاضدية الاجتماعية الفلاحية (MSA) أن يتحمّل جزءًا من تكلفة مربية الأطفال المعتمدة أو الحضانة الصغيرة (complément de libre choix du mode de garde). في الحضانة (crèche)، تتوقف التعرفة على مواردك.</translation>
        </message>
        <message>
            <source>MSA</source>
            <extracomment>From resources/content/items/accueil.toml: item[1].link[1].title</extracomment>
            <translation>التعاضدية الاجتماعية الفلاحية (MSA)</translation>
        </message>
        <message>
            <source>L'école à partir de 3 ans</source>
            <extracomment>From resources/content/items/accueil.toml: item[2].title</extracomment>
            <translation>المدرسة ابتداءً من 3 سنوات</translation>
        </message>
        <message>
            <source>L'instruction est obligatoire dès 3 ans : l'enfant entre à l'école en septembre de l'année civile de ses 3 ans. L'inscription se fait d'abord à la mairie.</source>
            <extracomment>From resources/content/items/accueil.toml: item[2].message</extracomment>
            <translation>التعليم إلزامي ابتداءً من 3 سنوات: يدخل الطفل المدرسة في سبتمبر من السنة الميلادية التي يبلغ فيها 3 سنوات. يتم التسجيل أولًا في البلدية (mairie).</translation>
        </message>
        <message>
            <source>Service-Public.fr</source>
            <extracomment>From resources/content/items/accueil.toml: item[2].link[0].title; resources/content/items/demarches.toml: item[7].link[0].title; resources/content/items/sante.toml: item[3].link[0].title; … and 2 more</extracomment>
            <translation>موقع Service-Public.fr</translation>
        </message>
        <message>
            <source>Bien manger pendant la grossesse</source>
            <extracomment>From resources/content/items/alimentation.toml: item[0].title</extracomment>
            <translation>التغذية الجيدة أثناء الحمل</translation>
        </message>
        <message>
            <source>Mangez varié, sans manger « pour deux ». Évitez la viande, le poisson et les œufs crus ou peu cuits et les fromages au lait cru, lavez bien fruits et légumes. La vitamine B9 (acide folique) est conseillée dès le projet de grossesse : demandez à votre médecin ou sage-femme.</source>
            <extracomment>From resources/content/items/alimentation.toml: item[0].message</extracomment>
            <translation>تناولي طعامًا متنوعًا، دون أن تأكلي «عن اثنين». تجنّبي اللحوم والأسماك والبيض النيئة أو غير المطهوة جيدًا، والأجبان المصنوعة من الحليب غير المبستر (lait cru)، واغسلي الفواكه والخضروات جيدًا. يُنصح بالفيتامين B9 (حمض الفوليك) منذ التخطيط للحمل: اسألي طبيبك أو القابلة (sage-femme).</translation>
        </message>
        <message>
            <source>Manger Bouger</source>
            <extracomment>From resources/content/items/alimentation.toml: item[0].link[0].title; resources/content/items/alimentation.toml: item[2].link[0].title; resources/content/items/alimentation.toml: item[3].link[0].title</extracomment>
            <translation>موقع Manger Bouger</translation>
        </message>
        <message>
            <source>Les 1000 premiers jours</source>
            <extracomment>From resources/content/items/alimentation.toml: item[0].link[1].title; resources/content/items/alimentation.toml: item[1].link[0].title; resources/content/items/alimentation.toml: item[2].link[1].title; … and 18 more</extracomment>
            <translation>الأيام الألف الأولى</translation>
        </message>
        <message>
            <source>Allaiter : un choix, avec du soutien</source>
            <extracomment>From resources/content/items/alimentation.toml: item[1].title</extracomment>
            <translation>الرضاعة الطبيعية: اختيار، مع الدعم</translation>
        </message>
        <message>
            <source>Le lait maternel est l'aliment le mieux adapté au bébé ; l'allaitement seul est conseillé jusqu'à 6 mois si possible, et chaque jour compte. Si vous avez mal ou des doutes, la sage-femme, la PMI ou la maternité peuvent vous aider. Si vous donnez le biberon, utilisez un lait infantile, jamais une boisson végétale.</source>
            <extracomment>From resources/content/items/alimentation.toml: item[1].message</extracomment>
            <translation>حليب الأم هو الغذاء الأنسب للرضيع؛ ويُنصح بالرضاعة الطبيعية وحدها حتى 6 أشهر إن أمكن، وكل يوم له قيمته. إذا شعرتِ بألم أو ساورتك شكوك، يمكن للقابلة (sage-femme) أو لمركز حماية الأمومة والطفولة (PMI) أو لمستشفى الولادة مساعدتك. إذا كنتِ ترضعين بالقارورة، فاستعملي حليبًا مخصصًا للرضّع، وليس أبدًا مشروبًا نباتيًا.</translation>
        </message>
        <message>
            <source>Découvrir les aliments entre 4 et 6 mois</source>
            <extracomment>From resources/content/items/alimentation.toml: item[2].title</extracomment>
            <translation>اكتشاف الأطعمة بين 4 و6 أشهر</translation>
        </message>
        <message>
            <source>Les premiers aliments autres que le lait s'introduisent entre 4 et 6 mois, un à la fois, en purée lisse, sans sel ni sucre ajouté. Pas de miel avant 1 an. Le lait reste l'aliment principal de la première année.</source>
            <extracomment>From resources/content/items/alimentation.toml: item[2].message</extracomment>
            <translation>تُدخَل الأطعمة الأولى غير الحليب بين 4 و6 أشهر، نوعًا واحدًا في كل مرة، على شكل مهروس ناعم، دون إضافة ملح أو سكر. لا عسل قبل سنة واحدة. يبقى الحليب الغذاء الرئيسي في السنة الأولى.</translation>
        </message>
        <message>
            <source>À table avec la famille</source>
            <extracomment>From resources/content/items/alimentation.toml: item[3].title</extracomment>
            <translation>على المائدة مع العائلة</translation>
        </message>
        <message>
            <source>Après 1 an, l'enfant mange peu à peu comme la famille, en petits morceaux adaptés, à heures régulières. Il a le droit de ne pas aimer : proposez à nouveau, sans forcer. L'eau est la seule boisson utile.</source>
            <extracomment>From resources/content/items/alimentation.toml: item[3].message</extracomment>
            <translation>بعد سنة واحدة، يأكل الطفل شيئًا فشيئًا مثل باقي العائلة، بقطع صغيرة مناسبة، وفي أوقات منتظمة. من حقه ألا يحب طعامًا ما: اعرضه عليه مرة أخرى، دون إجبار. الماء هو المشروب المفيد الوحيد.</translation>
        </message>
        <message>
            <source>Le congé de maternité</source>
            <extracomment>From resources/content/items/conges.toml: item[0].title</extracomment>
            <translation>إجازة الأمومة</translation>
        </message>
        <message>
            <source>Pour un 1er ou 2e enfant : 6 semaines avant la date prévue et 10 semaines après la naissance. Il est plus long à partir du 3e enfant et pour des jumeaux. Une partie peut être reportée après la naissance avec l'accord du professionnel qui vous suit. Le Parcours calcule vos dates.</source>
            <extracomment>From resources/content/items/conges.toml: item[0].message</extracomment>
            <translation>للطفل الأول أو الثاني: 6 أسابيع قبل التاريخ المتوقع و10 أسابيع بعد الولادة. تكون أطول ابتداءً من الطفل الثالث وفي حالة التوأمين. يمكن تأجيل جزء منها إلى ما بعد الولادة بموافقة المختص الذي يتابعك. يحسب التطبيق تواريخك.</translation>
        </message>
        <message>
            <source>Congé maternité (Service-Public.fr)</source>
            <extracomment>From resources/content/items/conges.toml: item[0].link[0].title; resources/content/items/conges.toml: item[1].link[0].title</extracomment>
            <translation>إجازة الأمومة (Service-Public.fr)</translation>
        </message>
        <message>
            <source>L'Assurance Maladie</source>
            <extracomment>From resources/content/items/conges.toml: item[0].link[1].title; resources/content/items/demarches.toml: item[0].link[1].title; resources/content/items/demarches.toml: item[5].link[0].title; … and 7 more</extracomment>
            <translation>التأمين الصحي (Assurance Maladie)</translation>
        </message>
        <message>
            <source>Des absences autorisées pour les examens</source>
            <extracomment>From resources/content/items/conges.toml: item[1].title</extracomment>
            <translation>غيابات مسموح بها من أجل الفحوصات</translation>
        </message>
        <message>
            <source>Une salariée enceinte peut s'absenter sans perte de salaire pour ses examens obligatoires. Le second parent salarié peut l'accompagner à trois d'entre eux.</source>
            <extracomment>From resources/content/items/conges.toml: item[1].message</extracomment>
            <translation>يمكن للأجيرة الحامل أن تتغيّب دون خصم من أجرها لإجراء فحوصاتها الإلزامية. ويمكن للوالد الثاني الأجير أن يرافقها في ثلاثة منها.</translation>
        </message>
        <message>
            <source>Légifrance</source>
            <extracomment>From resources/content/items/conges.toml: item[1].link[0].title</extracomment>
            <translation type="vanished">موقع Légifrance</translation>
        </message>
        <message>
            <source>Le congé supplémentaire de naissance (enfants nés à partir de 2026)</source>
            <extracomment>From resources/content/items/conges.toml: item[2].title</extracomment>
            <translation>إجازة الميلاد الإضافية (congé supplémentaire de naissance) للأطفال المولودين ابتداءً من 2026</translation>
        </message>
        <message>
            <source>Pour un enfant né à partir du 1er janvier 2026, chaque parent peut prendre 1 ou 2 mois de plus, après le congé de maternité ou de paternité, à partir du 1er juillet 2026. Certains détails dépendent d'un décret : vérifiez sur Service-Public.fr.</source>
            <extracomment>From resources/content/items/conges.toml: item[2].message</extracomment>
            <translation type="vanished">بالنسبة لطفل وُلد ابتداءً من 1 جانفي 2026، يمكن لكل والد أن يأخذ شهرًا أو شهرين إضافيين، بعد إجازة الأمومة أو الأبوة، ابتداءً من 1 جويلية 2026. بعض التفاصيل تتوقف على مرسوم: تحقّق منها على موقع Service-Public.fr.</translation>
        </message>
        <message>
            <source>Pour un enfant né à partir du 1er janvier 2026 (ou né avant mais attendu à partir de cette date), chaque parent salarié peut prendre 1 ou 2 mois de plus, après son congé de maternité ou de paternité, jamais avant le 1er juillet 2026. Enfant né jusqu'au 30 juin 2026 : à prendre au plus tard le 31 mars 2027 ; né à partir du 1er juillet 2026 : dans les 9 mois après la naissance. Prévenez l'employeur 1 mois avant (15 jours s'il suit immédiatement le congé de paternité et commence dans le mois de la naissance). Indemnités : 70 % du salaire net le 1er mois, puis 60 %.</source>
            <extracomment>From resources/content/items/conges.toml: item[2].message</extracomment>
            <translation>لطفل مولود ابتداءً من 1 جانفي 2026 (أو مولود قبل ذلك لكن متوقع ابتداءً من هذا التاريخ)، يمكن لكل والد أجير أن يأخذ شهرًا أو شهرين إضافيين بعد إجازة الأمومة أو الأبوة، ولا يمكن أخذها أبدًا قبل 1 جويلية 2026. طفل مولود حتى 30 جوان 2026: تؤخذ في موعد أقصاه 31 مارس 2027؛ مولود ابتداءً من 1 جويلية 2026: خلال 9 أشهر بعد الولادة. أخبر صاحب العمل قبل شهر (15 يومًا إذا كانت تلي مباشرة إجازة الأبوة وتبدأ خلال شهر الولادة). التعويضات: 70 % من الأجر الصافي في الشهر الأول، ثم 60 %.</translation>
        </message>
        <message>
            <source>Congé supplémentaire de naissance (Service-Public.fr)</source>
            <extracomment>From resources/content/items/conges.toml: item[2].link[0].title</extracomment>
            <translation>إجازة الميلاد الإضافية (Service-Public.fr)</translation>
        </message>
        <message>
            <source>Le congé parental d'éducation</source>
            <extracomment>From resources/content/items/conges.toml: item[3].title</extracomment>
            <translation>إجازة التربية الوالدية (congé parental d'éducation)</translation>
        </message>
        <message>
            <source>Après les congés de naissance, un parent salarié peut arrêter ou réduire son travail pour s'occuper de l'enfant. La Caf ou la MSA peut verser une aide (PreParE) sous conditions.</source>
            <extracomment>From resources/content/items/conges.toml: item[3].message</extracomment>
            <translation>بعد الإجازات المرتبطة بالولادة، يمكن للوالد الأجير أن يتوقف عن العمل أو يقلّص ساعاته للاعتناء بالطفل. يمكن لصندوق الإعانات العائلية (Caf) أو للتعاضدية الاجتماعية الفلاحية (MSA) دفع مساعدة (PreParE) وفق شروط.</translation>
        </message>
        <message>
            <source>Congé parental à temps plein (Service-Public.fr)</source>
            <extracomment>From resources/content/items/conges.toml: item[3].link[0].title</extracomment>
            <translation>إجازة والدية بدوام كامل (Service-Public.fr)</translation>
        </message>
        <message>
            <source>Déclarer la grossesse</source>
            <extracomment>From resources/content/items/demarches.toml: item[0].title</extracomment>
            <translation>التصريح بالحمل</translation>
        </message>
        <message>
            <source>Le médecin ou la sage-femme envoie la déclaration de grossesse en ligne lors du 1er examen. Elle doit arriver à l'Assurance Maladie et à la Caf dans les 14 premières semaines de grossesse : le plus simple est de la faire avant la fin du 3e mois.</source>
            <extracomment>From resources/content/items/demarches.toml: item[0].message</extracomment>
            <translation>يرسل الطبيب أو القابلة (sage-femme) التصريح بالحمل (déclaration de grossesse) عبر الإنترنت خلال الفحص الأول. يجب أن يصل إلى التأمين الصحي (Assurance Maladie) وإلى صندوق الإعانات العائلية (Caf) خلال الأسابيع الأربعة عشر الأولى من الحمل (محسوبة من الإخصاب): الأسهل هو القيام به قبل نهاية الشهر الثالث.</translation>
        </message>
        <message>
            <source>Déclaration de grossesse (Service-Public.fr)</source>
            <extracomment>From resources/content/items/demarches.toml: item[0].link[0].title</extracomment>
            <translation>التصريح بالحمل (Service-Public.fr)</translation>
        </message>
        <message>
            <source>S'inscrire à la maternité</source>
            <extracomment>From resources/content/items/demarches.toml: item[1].title</extracomment>
            <translation>التسجيل في مستشفى الولادة</translation>
        </message>
        <message>
            <source>Aucune date limite n'est fixée par la loi, mais les places sont parfois comptées : renseignez-vous tôt auprès de la maternité de votre choix.</source>
            <extracomment>From resources/content/items/demarches.toml: item[1].message</extracomment>
            <translation>لا يحدّد القانون أي أجل نهائي، لكن الأماكن أحيانًا محدودة: استفسري مبكرًا لدى مستشفى الولادة الذي تختارينه.</translation>
        </message>
        <message>
            <source>Vos droits à la Caf ou à la MSA</source>
            <extracomment>From resources/content/items/demarches.toml: item[2].title</extracomment>
            <translation>حقوقك لدى صندوق الإعانات العائلية (Caf) أو التعاضدية الاجتماعية الفلاحية (MSA)</translation>
        </message>
        <message>
            <source>La déclaration de grossesse ouvre vos droits aux prestations familiales, comme la prime à la naissance selon vos ressources. Faites une simulation sur le site de votre caisse (Caf, ou MSA si vous relevez du régime agricole).</source>
            <extracomment>From resources/content/items/demarches.toml: item[2].message</extracomment>
            <translation>يفتح التصريح بالحمل (déclaration de grossesse) حقوقك في الإعانات العائلية، مثل منحة الولادة (prime à la naissance) حسب مواردك. قم بمحاكاة على موقع صندوقك (Caf، أو MSA إذا كنت تابعًا للنظام الفلاحي).</translation>
        </message>
        <message>
            <source>Caf : l'arrivée d'un enfant</source>
            <extracomment>From resources/content/items/demarches.toml: item[2].link[0].title</extracomment>
            <translation>Caf: قدوم طفل</translation>
        </message>
        <message>
            <source>MSA : famille</source>
            <extracomment>From resources/content/items/demarches.toml: item[2].link[1].title</extracomment>
            <translation>MSA: العائلة</translation>
        </message>
        <message>
            <source>Parents non mariés : la reconnaissance</source>
            <extracomment>From resources/content/items/demarches.toml: item[3].title</extracomment>
            <translation>الوالدان غير المتزوجين: الاعتراف بالطفل (reconnaissance)</translation>
        </message>
        <message>
            <source>Si vous n'êtes pas mariés, le second parent peut reconnaître l'enfant à la mairie avant la naissance. C'est gratuit et cela évite des démarches après.</source>
            <extracomment>From resources/content/items/demarches.toml: item[3].message</extracomment>
            <translation>إذا لم تكونا متزوجين، يمكن للوالد الثاني أن يعترف بالطفل في البلدية (mairie) قبل الولادة. هذا مجاني ويُغني عن إجراءات لاحقة.</translation>
        </message>
        <message>
            <source>Service-Public.fr : famille</source>
            <extracomment>From resources/content/items/demarches.toml: item[3].link[0].title</extracomment>
            <translation>Service-Public.fr: العائلة</translation>
        </message>
        <message>
            <source>Déclarer la naissance dans les 5 jours</source>
            <extracomment>From resources/content/items/demarches.toml: item[4].title</extracomment>
            <translation>التصريح بالولادة خلال 5 أيام</translation>
        </message>
        <message>
            <source>La naissance se déclare à la mairie du lieu de naissance dans les 5 jours qui suivent (le jour de la naissance ne compte pas). Si le dernier jour tombe un samedi, un dimanche ou un jour férié, le délai va jusqu'au jour ouvré suivant. Beaucoup de maternités proposent de le faire sur place.</source>
            <extracomment>From resources/content/items/demarches.toml: item[4].message</extracomment>
            <translation>يُصرَّح بالولادة في بلدية (mairie) مكان الولادة خلال الأيام الخمسة التالية لها (لا يُحتسب يوم الولادة). إذا صادف اليوم الأخير يوم سبت أو أحد أو يوم عطلة رسمية، يمتد الأجل إلى يوم العمل التالي. كثير من مستشفيات الولادة تقترح القيام بذلك في عين المكان.</translation>
        </message>
        <message>
            <source>Déclaration de naissance (Service-Public.fr)</source>
            <extracomment>From resources/content/items/demarches.toml: item[4].link[0].title</extracomment>
            <translation>التصريح بالولادة (Service-Public.fr)</translation>
        </message>
        <message>
            <source>Inscrire bébé sur votre carte Vitale et prévenir la Caf</source>
            <extracomment>From resources/content/items/demarches.toml: item[5].title</extracomment>
            <translation>تسجيل الرضيع في بطاقة Vitale الخاصة بك وإبلاغ صندوق الإعانات العائلية (Caf)</translation>
        </message>
        <message>
            <source>Après la naissance, faites rattacher votre enfant à l'Assurance Maladie d'un parent ou des deux, pensez à votre mutuelle, et signalez la naissance à la Caf ou à la MSA.</source>
            <extracomment>From resources/content/items/demarches.toml: item[5].message</extracomment>
            <translation>بعد الولادة، اطلب إلحاق طفلك بالتأمين الصحي (Assurance Maladie) لأحد الوالدين أو لكليهما، ولا تنسَ التأمين التكميلي (mutuelle)، وأبلغ صندوق الإعانات العائلية (Caf) أو التعاضدية الاجتماعية الفلاحية (MSA) بالولادة.</translation>
        </message>
        <message>
            <source>La Maison des 1000 premiers jours près de chez vous</source>
            <extracomment>From resources/content/items/demarches.toml: item[6].title</extracomment>
            <translation>دار الأيام الألف الأولى (Maison des 1000 premiers jours) القريبة منك</translation>
        </message>
        <message>
            <source>Les Maisons des 1000 premiers jours réunissent en un même lieu la PMI, des temps d'échange entre parents, de l'information sur vos droits, des activités d'éveil et des professionnels. Vous pouvez y venir sans rendez-vous pour être orienté. Ajoutez la plus proche à votre annuaire.</source>
            <extracomment>From resources/content/items/demarches.toml: item[6].message</extracomment>
            <translation>تجمع دور الأيام الألف الأولى (Maisons des 1000 premiers jours) في مكان واحد مركز حماية الأمومة والطفولة (PMI)، وأوقاتًا للحوار بين الوالدين، ومعلومات عن حقوقك، وأنشطة لتنمية مدارك الطفل، ومختصين. يمكنك الحضور دون موعد ليتم توجيهك. أضف أقربها إليك إلى دليلك.</translation>
        </message>
        <message>
            <source>Ministère chargé de la santé</source>
            <extracomment>From resources/content/items/demarches.toml: item[6].link[1].title</extracomment>
            <translation>الوزارة المكلفة بالصحة</translation>
        </message>
        <message>
            <source>La PMI, gratuite et ouverte à tous</source>
            <extracomment>From resources/content/items/demarches.toml: item[7].title</extracomment>
            <translation>مركز حماية الأمومة والطفولة (PMI)، مجاني ومفتوح للجميع</translation>
        </message>
        <message>
            <source>Les centres de protection maternelle et infantile (PMI) du département suivent gratuitement les femmes enceintes et les enfants jusqu'à 6 ans : consultations, vaccins, pesée, conseils. Une puéricultrice peut aussi venir chez vous après la naissance.</source>
            <extracomment>From resources/content/items/demarches.toml: item[7].message</extracomment>
            <translation>تتابع مراكز حماية الأمومة والطفولة (PMI) التابعة للمقاطعة (département) مجانًا النساء الحوامل والأطفال حتى 6 سنوات: استشارات، ولقاحات، ووزن، ونصائح. ويمكن أيضًا لممرضة متخصصة في رعاية الأطفال (puéricultrice) أن تزورك في البيت بعد الولادة.</translation>
        </message>
        <message>
            <source>Télévision, tablette, téléphone, ordinateur : avant 3 ans, un enfant n'a pas besoin d'écran pour se développer. Il apprend en jouant, en bougeant et en parlant avec vous. Même allumée « en fond », la télévision le gêne.</source>
            <extracomment>From resources/content/items/ecrans.toml: item[0].message</extracomment>
            <translation>التلفاز، واللوحة الإلكترونية، والهاتف، والحاسوب: قبل 3 سنوات، لا يحتاج الطفل إلى الشاشة لكي ينمو. إنه يتعلم باللعب والحركة والحديث معك. حتى التلفاز المشغَّل «في الخلفية» يزعجه.</translation>
        </message>
        <message>
            <source>Mon enfant et les écrans</source>
            <extracomment>From resources/content/items/ecrans.toml: item[0].link[1].title; resources/content/items/ecrans.toml: item[2].link[1].title; resources/content/items/ecrans.toml: item[3].link[0].title</extracomment>
            <translation>طفلي والشاشات</translation>
        </message>
        <message>
            <source>Interdits dans les lieux d'accueil</source>
            <extracomment>From resources/content/items/ecrans.toml: item[1].title</extracomment>
            <translation>ممنوعة في أماكن رعاية الأطفال</translation>
        </message>
        <message>
            <source>Depuis l'été 2025, il est interdit d'exposer un enfant de moins de 3 ans à un écran en crèche, micro-crèche, MAM ou chez une assistante maternelle. À la maison, la même règle est conseillée.</source>
            <extracomment>From resources/content/items/ecrans.toml: item[1].message</extracomment>
            <translation>منذ صيف 2025، يُمنع تعريض طفل دون 3 سنوات لأي شاشة في الحضانة (crèche) أو الحضانة الصغيرة (micro-crèche) أو دار مربيات الأطفال (MAM) أو عند مربية الأطفال المعتمدة (assistante maternelle). وفي البيت، يُنصح بالقاعدة نفسها.</translation>
        </message>
        <message>
            <source>Et nos écrans à nous ?</source>
            <extracomment>From resources/content/items/ecrans.toml: item[2].title</extracomment>
            <translation>وماذا عن شاشاتنا نحن؟</translation>
        </message>
        <message>
            <source>Quand on regarde son téléphone pendant le repas, le bain ou le jeu, le bébé cherche notre regard et ne le trouve pas. Essayez des moments sans téléphone, rangé hors de vue, surtout pendant les soins et les repas.</source>
            <extracomment>From resources/content/items/ecrans.toml: item[2].message</extracomment>
            <translation>عندما ننظر إلى هاتفنا أثناء الوجبة أو الاستحمام أو اللعب، يبحث الرضيع عن نظرتنا فلا يجدها. جرّبوا أوقاتًا بلا هاتف، بعد وضعه بعيدًا عن الأنظار، خاصةً أثناء الرعاية والوجبات.</translation>
        </message>
        <message>
            <source>Après 3 ans : peu, accompagné, jamais dans la chambre</source>
            <extracomment>From resources/content/items/ecrans.toml: item[3].title</extracomment>
            <translation>بعد 3 سنوات: قليلًا، وبمرافقة، وليس في غرفة النوم أبدًا</translation>
        </message>
        <message>
            <source>De 3 à 6 ans, si écran il y a : peu de temps, avec un adulte qui commente, jamais pendant les repas, avant de dormir ni dans la chambre.</source>
            <extracomment>From resources/content/items/ecrans.toml: item[3].message</extracomment>
            <translation>من 3 إلى 6 سنوات، إذا كان لا بد من الشاشة: وقت قصير، مع شخص بالغ يعلّق على ما يُشاهَد، ولا يكون أبدًا أثناء الوجبات ولا قبل النوم ولا في غرفة النوم.</translation>
        </message>
        <message>
            <source>Un air sain à la maison</source>
            <extracomment>From resources/content/items/environnement.toml: item[0].title</extracomment>
            <translation>هواء صحي في البيت</translation>
        </message>
        <message>
            <source>Aérez au moins 10 minutes matin et soir, même en hiver. Évitez parfums d'intérieur, bougies, encens et sprays. Faites les travaux et la peinture de la chambre bien avant l'arrivée du bébé, et lavez les vêtements neufs avant de les mettre.</source>
            <extracomment>From resources/content/items/environnement.toml: item[0].message</extracomment>
            <translation>قم بتهوية البيت 10 دقائق على الأقل صباحًا ومساءً، حتى في الشتاء. تجنّب معطّرات الجو والشموع والبخور والبخّاخات. أنجز أشغال غرفة الطفل وطلاءها قبل قدومه بوقت طويل، واغسل الملابس الجديدة قبل أن يلبسها.</translation>
        </message>
        <message>
            <source>Agir pour bébé</source>
            <extracomment>From resources/content/items/environnement.toml: item[0].link[0].title; resources/content/items/environnement.toml: item[1].link[0].title</extracomment>
            <translation>Agir pour bébé (العمل من أجل الرضيع)</translation>
        </message>
        <message>
            <source>Moins de produits chimiques au quotidien</source>
            <extracomment>From resources/content/items/environnement.toml: item[1].title</extracomment>
            <translation>مواد كيميائية أقل في الحياة اليومية</translation>
        </message>
        <message>
            <source>Pour la toilette, peu de produits, sans parfum. Pour réchauffer les repas, préférez le verre ou l'inox au plastique. Pour le ménage, des produits simples, en lisant les pictogrammes de danger.</source>
            <extracomment>From resources/content/items/environnement.toml: item[1].message</extracomment>
            <translation>للنظافة الشخصية، منتجات قليلة وبدون عطر. لتسخين الوجبات، فضّل الزجاج أو الفولاذ المقاوم للصدأ على البلاستيك. للتنظيف، منتجات بسيطة، مع قراءة رموز الخطر المرسومة على العبوات.</translation>
        </message>
        <message>
            <source>Parler, chanter, lire dès la naissance</source>
            <extracomment>From resources/content/items/eveil.toml: item[0].title</extracomment>
            <translation>الكلام والغناء والقراءة منذ الولادة</translation>
        </message>
        <message>
            <source>Le bébé reconnaît votre voix dès la grossesse. Parlez-lui, chantez, racontez, regardez des livres ensemble, dans la langue que vous parlez le mieux : c'est ainsi qu'il apprend à parler.</source>
            <extracomment>From resources/content/items/eveil.toml: item[0].message</extracomment>
            <translation>يتعرّف الرضيع على صوتك منذ الحمل. تحدّث إليه، وغنِّ له، واحكِ له، وتصفّحا الكتب معًا، باللغة التي تتقنها أكثر: هكذا يتعلّم الكلام.</translation>
        </message>
        <message>
            <source>Jouer, bouger, explorer</source>
            <extracomment>From resources/content/items/eveil.toml: item[1].title</extracomment>
            <translation>اللعب والحركة والاستكشاف</translation>
        </message>
        <message>
            <source>Un tapis au sol, des objets simples, des sorties dehors : l'enfant apprend en bougeant librement et en essayant seul, avec un adulte tout près.</source>
            <extracomment>From resources/content/items/eveil.toml: item[1].message</extracomment>
            <translation>بساط على الأرض، وأشياء بسيطة، وخرجات في الهواء الطلق: يتعلّم الطفل بالحركة بحرية وبالمحاولة بمفرده، مع وجود شخص بالغ قريب منه.</translation>
        </message>
        <message>
            <source>Bibliothèques, lieux d'accueil enfants-parents, Maison des 1000 premiers jours</source>
            <extracomment>From resources/content/items/eveil.toml: item[2].title</extracomment>
            <translation>المكتبات، وفضاءات استقبال الأطفال والوالدين، ودار الأيام الألف الأولى (Maison des 1000 premiers jours)</translation>
        </message>
        <message>
            <source>Les bibliothèques accueillent les bébés, souvent avec des lectures gratuites. Les lieux d'accueil enfants-parents (LAEP) et les Maisons des 1000 premiers jours proposent des temps d'éveil et de rencontre avec d'autres parents.</source>
            <extracomment>From resources/content/items/eveil.toml: item[2].message</extracomment>
            <translation>تستقبل المكتبات الرضّع، وغالبًا مع جلسات قراءة مجانية. وتقترح فضاءات استقبال الأطفال والوالدين (LAEP) ودور الأيام الألف الأولى (Maisons des 1000 premiers jours) أوقاتًا لتنمية مدارك الطفل وللقاء والدين آخرين.</translation>
        </message>
        <message>
            <source>Caf : lieux d'accueil enfants-parents</source>
            <extracomment>From resources/content/items/eveil.toml: item[2].link[0].title</extracomment>
            <translation>Caf: فضاءات استقبال الأطفال والوالدين (lieux d'accueil enfants-parents)</translation>
        </message>
        <message>
            <source>Baby blues ou dépression ?</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[0].title</extracomment>
            <translation>كآبة ما بعد الولادة العابرة (baby blues) أم اكتئاب؟</translation>
        </message>
        <message>
            <source>Beaucoup de mères ont un coup de blues entre le 3e et le 10e jour : il passe en quelques jours. Si la tristesse, la fatigue ou l'angoisse durent plus de deux semaines, ce n'est pas votre faute et cela se soigne : parlez-en à un professionnel.</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[0].message</extracomment>
            <translation>تمرّ كثير من الأمهات بفترة حزن عابرة بين اليوم الثالث واليوم العاشر: تزول في غضون أيام. إذا استمر الحزن أو التعب أو القلق أكثر من أسبوعين، فهذا ليس ذنبك، وهو قابل للعلاج: تحدّثي عنه مع مختص.</translation>
        </message>
        <message>
            <source>L'entretien postnatal précoce</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[1].title</extracomment>
            <translation>المقابلة المبكرة بعد الولادة (entretien postnatal précoce)</translation>
        </message>
        <message>
            <source>Obligatoire depuis 2022, entre la 4e et la 8e semaine après la naissance, avec une sage-femme ou un médecin. On y parle de votre moral et de l'aide dont vous ou le second parent avez besoin. Un 2e entretien peut être proposé entre la 10e et la 14e semaine.</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[1].message</extracomment>
            <translation>إلزامية منذ 2022، بين الأسبوع الرابع والأسبوع الثامن بعد الولادة، مع قابلة (sage-femme) أو طبيب. يُتحدَّث فيها عن حالتك النفسية وعن المساعدة التي تحتاجين إليها أنتِ أو الوالد الثاني. يمكن اقتراح مقابلة ثانية بين الأسبوع العاشر والأسبوع الرابع عشر.</translation>
        </message>
        <message>
            <source>Faire le point sur son moral</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[2].title</extracomment>
            <translation>تقييم الحالة النفسية</translation>
        </message>
        <message>
            <source>Le questionnaire du Parcours (10 questions sur les 7 derniers jours) aide à faire le point, pour la mère comme pour le second parent. Ce n'est pas un diagnostic et vos réponses restent sur cet ordinateur.</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[2].message</extracomment>
            <translation>يساعد استبيان التطبيق (10 أسئلة حول الأيام السبعة الماضية) على تقييم الحالة النفسية، للأم وكذلك للوالد الثاني. ليس تشخيصًا، وتبقى إجاباتك على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Si vous pensez à vous faire du mal : le 3114</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[3].title</extracomment>
            <translation>إذا كنت تفكّر في إيذاء نفسك: الرقم 3114</translation>
        </message>
        <message>
            <source>Le 3114 répond jour et nuit, gratuitement. En cas de danger immédiat, appelez le 15 ou le 112. Le panneau « Urgences et écoute » rassemble tous les numéros d'aide.</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[3].message</extracomment>
            <translation>يجيب الرقم 3114 ليلًا ونهارًا، مجانًا. في حالة الخطر الداهم، اتصل بالرقم 15 أو 112. تجمع لوحة «الطوارئ والاستماع» كل أرقام المساعدة.</translation>
        </message>
        <message>
            <source>3114, numéro national de prévention du suicide</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[3].link[0].title</extracomment>
            <translation>3114، الرقم الوطني للوقاية من الانتحار</translation>
        </message>
        <message>
            <source>Sept examens prénataux obligatoires</source>
            <extracomment>From resources/content/items/sante.toml: item[0].title</extracomment>
            <translation>سبعة فحوصات إلزامية قبل الولادة</translation>
        </message>
        <message>
            <source>Le 1er examen a lieu avant la fin du 3e mois de grossesse, puis un examen chaque mois du 4e au 9e mois. Ils sont pris en charge par l'Assurance Maladie.</source>
            <extracomment>From resources/content/items/sante.toml: item[0].message</extracomment>
            <translation>يُجرى الفحص الأول قبل نهاية الشهر الثالث من الحمل، ثم فحص كل شهر من الشهر الرابع إلى الشهر التاسع. يتكفّل بها التأمين الصحي (Assurance Maladie).</translation>
        </message>
        <message>
            <source>Trois échographies recommandées</source>
            <extracomment>From resources/content/items/sante.toml: item[1].title</extracomment>
            <translation>ثلاثة فحوصات بالموجات فوق الصوتية موصى بها</translation>
        </message>
        <message>
            <source>Une par trimestre : vers 12 semaines d'aménorrhée (entre 11 et 13 SA + 6 jours), vers 22 SA et vers 32 SA.</source>
            <extracomment>From resources/content/items/sante.toml: item[1].message</extracomment>
            <translation>فحص في كل ثلث من الحمل: نحو 12 أسبوعًا من انقطاع الطمث (semaines d'aménorrhée، SA: تُحسب من أول يوم من آخر دورة شهرية) (بين 11 أسبوعًا و13 أسبوعًا و6 أيام)، ونحو 22 أسبوعًا، ونحو 32 أسبوعًا.</translation>
        </message>
        <message>
            <source>L'entretien prénatal précoce</source>
            <extracomment>From resources/content/items/sante.toml: item[2].title</extracomment>
            <translation>المقابلة المبكرة قبل الولادة (entretien prénatal précoce)</translation>
        </message>
        <message>
            <source>Obligatoire depuis 2020, proposé à partir du 4e mois avec une sage-femme ou un médecin, seule ou avec le second parent. On y parle de vos besoins, de vos questions et de ce qui vous inquiète. Il est pris en charge à 100 %.</source>
            <extracomment>From resources/content/items/sante.toml: item[2].message</extracomment>
            <translation>إلزامية منذ 2020، تُقترح ابتداءً من الشهر الرابع مع قابلة (sage-femme) أو طبيب، بمفردك أو مع الوالد الثاني. يُتحدَّث فيها عن احتياجاتك وأسئلتك وما يقلقك. وهي مغطّاة بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Pris en charge à 100 % à partir du 6e mois</source>
            <extracomment>From resources/content/items/sante.toml: item[3].title</extracomment>
            <translation>تغطية بنسبة 100 % ابتداءً من الشهر السادس</translation>
        </message>
        <message>
            <source>Du 1er jour du 6e mois de grossesse au 12e jour après la naissance, vos frais médicaux remboursables sont pris en charge à 100 %, même sans lien avec la grossesse.</source>
            <extracomment>From resources/content/items/sante.toml: item[3].message</extracomment>
            <translation>من اليوم الأول من الشهر السادس من الحمل إلى اليوم الثاني عشر بعد الولادة، تُغطّى مصاريفك الطبية القابلة للتسديد بنسبة 100 %، حتى تلك التي لا علاقة لها بالحمل.</translation>
        </message>
        <message>
            <source>Sept séances de préparation à la naissance</source>
            <extracomment>From resources/content/items/sante.toml: item[4].title</extracomment>
            <translation>سبع حصص للتحضير للولادة</translation>
        </message>
        <message>
            <source>Sept séances avec une sage-femme, prises en charge à 100 %, pour préparer l'accouchement et l'arrivée du bébé. Le second parent est le bienvenu.</source>
            <extracomment>From resources/content/items/sante.toml: item[4].message</extracomment>
            <translation>سبع حصص مع قابلة (sage-femme)، مغطّاة بنسبة 100 %، للتحضير للولادة ولقدوم الطفل. الوالد الثاني مرحَّب به.</translation>
        </message>
        <message>
            <source>Zéro alcool pendant la grossesse</source>
            <extracomment>From resources/content/items/sante.toml: item[5].title</extracomment>
            <translation>لا كحول إطلاقًا أثناء الحمل</translation>
        </message>
        <message>
            <source>Il n'existe pas de petite quantité sans risque : l'alcool passe au bébé. Si c'est difficile d'arrêter, parlez-en à votre sage-femme ou appelez Alcool Info Service, gratuit et anonyme.</source>
            <extracomment>From resources/content/items/sante.toml: item[5].message</extracomment>
            <translation>لا توجد كمية صغيرة خالية من الخطر: الكحول يصل إلى الجنين. إذا كان التوقف صعبًا، تحدّثي عنه مع القابلة (sage-femme) أو اتصلي بخدمة Alcool Info Service، وهي مجانية ودون الكشف عن الهوية.</translation>
        </message>
        <message>
            <source>Alcool Info Service</source>
            <extracomment>From resources/content/items/sante.toml: item[5].link[0].title</extracomment>
            <translation>Alcool Info Service (خدمة معلومات الكحول)</translation>
        </message>
        <message>
            <source>Arrêter de fumer, se faire aider</source>
            <extracomment>From resources/content/items/sante.toml: item[6].title</extracomment>
            <translation>الإقلاع عن التدخين، مع المساعدة</translation>
        </message>
        <message>
            <source>Arrêter le tabac protège le bébé, à tout moment de la grossesse et après. Des professionnels peuvent vous aider gratuitement au 39 89 (Tabac Info Service). Pas de fumée dans la maison ni dans la voiture.</source>
            <extracomment>From resources/content/items/sante.toml: item[6].message</extracomment>
            <translation>الإقلاع عن التبغ يحمي الجنين، في أي وقت من الحمل وبعده. يمكن لمختصين مساعدتك مجانًا على الرقم 39 89 (Tabac Info Service). لا دخان في البيت ولا في السيارة.</translation>
        </message>
        <message>
            <source>Tabac Info Service</source>
            <extracomment>From resources/content/items/sante.toml: item[6].link[0].title</extracomment>
            <translation>Tabac Info Service (خدمة معلومات التبغ)</translation>
        </message>
        <message>
            <source>L'examen postnatal de la mère</source>
            <extracomment>From resources/content/items/sante.toml: item[7].title</extracomment>
            <translation>الفحص الطبي للأم بعد الولادة</translation>
        </message>
        <message>
            <source>Un examen obligatoire avec un médecin ou une sage-femme dans les 8 semaines après l'accouchement, en général entre la 6e et la 8e semaine, pris en charge à 100 %.</source>
            <extracomment>From resources/content/items/sante.toml: item[7].message</extracomment>
            <translation>فحص إلزامي مع طبيب أو قابلة (sage-femme) خلال الأسابيع الثمانية التي تلي الولادة، وعادةً بين الأسبوع السادس والأسبوع الثامن، مغطّى بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Les dépistages du nouveau-né</source>
            <extracomment>From resources/content/items/sante.toml: item[8].title</extracomment>
            <translation>فحوصات الكشف لدى المولود الجديد</translation>
        </message>
        <message>
            <source>À la maternité, on propose un test sur quelques gouttes de sang du talon entre 48 et 72 heures de vie, qui recherche 16 maladies rares depuis le 1er septembre 2025 (dont le déficit immunitaire combiné sévère, l'amyotrophie spinale et le déficit en VLCAD), et un test de l'audition. Ils sont gratuits et demandent votre accord ; l'amyotrophie spinale est un test génétique, pour lequel on vous demande un accord écrit.</source>
            <extracomment>From resources/content/items/sante.toml: item[8].message</extracomment>
            <translation>في دار الولادة، يُقترح عليكم فحص لبضع قطرات من دم الكعب بين 48 و72 ساعة من العمر، يبحث عن 16 مرضًا نادرًا منذ 1 سبتمبر 2025 (منها نقص المناعة المشترك الشديد، والضمور العضلي الشوكي، ونقص إنزيم VLCAD)، وفحص للسمع. وهما مجانيان ويتطلبان موافقتكم؛ فحص الضمور العضلي الشوكي فحص جيني تُطلب له موافقة مكتوبة.</translation>
        </message>
        <message>
            <source>Depuis 2025 : à 2 mois et 4 mois (hexavalent et pneumocoque), 3 et 5 mois (méningocoque B), 6 mois (méningocoques ACWY), 11 mois (rappels), 12 mois (ROR, méningocoques ACWY et B), puis ROR entre 16 et 18 mois. Ils sont nécessaires pour entrer en crèche ou chez une assistante maternelle ; les vaccins contre les méningocoques y sont aussi demandés pour les enfants nés à partir de juillet 2023, avec un rattrapage si besoin.</source>
            <extracomment>From resources/content/items/vaccins.toml: item[1].message</extracomment>
            <translation>منذ 2025: في عمر شهرين و4 أشهر (اللقاح السداسي والمكورات الرئوية)، و3 و5 أشهر (المكورات السحائية B)، و6 أشهر (المكورات السحائية ACWY)، و11 شهرًا (الجرعات المعززة)، و12 شهرًا (لقاح الحصبة والنكاف والحصبة الألمانية ROR، والمكورات السحائية ACWY وB)، ثم لقاح ROR بين 16 و18 شهرًا. وهي ضرورية لدخول الحضانة (crèche) أو البقاء عند مربية أطفال معتمدة (assistante maternelle)؛ وتُطلب هناك أيضًا لقاحات المكورات السحائية للأطفال المولودين ابتداءً من جويلية 2023، مع جرعات استدراكية عند الحاجة.</translation>
        </message>
        <message>
            <source>À la maternité, on propose un test sur une goutte de sang du talon entre 48 et 72 heures de vie (13 maladies rares) et un test de l'audition. Ils sont gratuits et demandent votre accord.</source>
            <extracomment>From resources/content/items/sante.toml: item[8].message</extracomment>
            <translation type="vanished">في مستشفى الولادة، يُقترح اختبار على قطرة دم من الكعب بين 48 و72 ساعة من العمر (13 مرضًا نادرًا) واختبار للسمع. هذه الاختبارات مجانية وتتطلب موافقتك.</translation>
        </message>
        <message>
            <source>Les examens de santé de l'enfant</source>
            <extracomment>From resources/content/items/sante.toml: item[9].title</extracomment>
            <translation>فحوصات صحة الطفل</translation>
        </message>
        <message>
            <source>20 examens obligatoires jusqu'à 16 ans, dont 13 avant 3 ans, pris en charge à 100 %. Ils sont notés dans le carnet de santé ; ceux des 8 jours, du 9e mois et du 24e ou 25e mois donnent un certificat de santé. Le calendrier du Parcours les date pour votre enfant.</source>
            <extracomment>From resources/content/items/sante.toml: item[9].message</extracomment>
            <translation>20 فحصًا إلزاميًا حتى 16 سنة، منها 13 قبل 3 سنوات، مغطّاة بنسبة 100 %. تُسجَّل في دفتر الصحة (carnet de santé)؛ وتُحرَّر في فحوصات الأيام الثمانية الأولى والشهر التاسع والشهر 24 أو 25 شهادة صحية (certificat de santé). يحدّد تقويم التطبيق تواريخها لطفلك.</translation>
        </message>
        <message>
            <source>Visites médicales de l'enfant (Service-Public.fr)</source>
            <extracomment>From resources/content/items/sante.toml: item[9].link[0].title</extracomment>
            <translation>الزيارات الطبية للطفل (Service-Public.fr)</translation>
        </message>
        <message>
            <source>Un examen des dents pendant la grossesse</source>
            <extracomment>From resources/content/items/sante.toml: item[10].title</extracomment>
            <translation>فحص للأسنان أثناء الحمل</translation>
        </message>
        <message>
            <source>À partir du 4e mois, un examen de prévention chez le dentiste est pris en charge à 100 %.</source>
            <extracomment>From resources/content/items/sante.toml: item[10].message</extracomment>
            <translation>ابتداءً من الشهر الرابع، يُغطّى فحص وقائي عند طبيب الأسنان بنسبة 100 %.</translation>
        </message>
        <message>
            <source>Vos congés de second parent : 3 + 4 + 21 jours</source>
            <extracomment>From resources/content/items/second-parent.toml: item[0].title</extracomment>
            <translation>إجازاتك كوالد ثانٍ: 3 + 4 + 21 يومًا</translation>
        </message>
        <message>
            <source>Le père ou le co-parent salarié a droit à 3 jours de congé de naissance, puis 4 jours de congé de paternité obligatoires juste après, puis 21 jours à prendre (28 pour des jumeaux) en une ou deux fois, dans les 6 mois qui suivent la naissance. Prévenez votre employeur de la date prévue au moins un mois avant.</source>
            <extracomment>From resources/content/items/second-parent.toml: item[0].message</extracomment>
            <translation>للأب أو الوالد الشريك الأجير الحق في 3 أيام من إجازة الميلاد للوالد الثاني (congé de naissance)، ثم 4 أيام إلزامية من إجازة الأبوة مباشرة بعدها، ثم 21 يومًا (28 يومًا في حالة التوأمين) تؤخذ دفعة واحدة أو على دفعتين، خلال الأشهر الستة التي تلي الولادة. أبلغ صاحب العمل بالتاريخ المتوقع قبل شهر واحد على الأقل.</translation>
        </message>
        <message>
            <source>Congé de paternité et d'accueil de l'enfant (Service-Public.fr)</source>
            <extracomment>From resources/content/items/second-parent.toml: item[0].link[0].title</extracomment>
            <translation>إجازة الأبوة واستقبال الطفل (congé de paternité et d'accueil de l'enfant) (Service-Public.fr)</translation>
        </message>
        <message>
            <source>Congé de 3 jours pour naissance (Service-Public.fr)</source>
            <extracomment>From resources/content/items/second-parent.toml: item[0].link[1].title</extracomment>
            <translation>إجازة 3 أيام بمناسبة الولادة (Service-Public.fr)</translation>
        </message>
        <message>
            <source>Être là dès la grossesse</source>
            <extracomment>From resources/content/items/second-parent.toml: item[1].title</extracomment>
            <translation>الحضور منذ الحمل</translation>
        </message>
        <message>
            <source>Le second parent salarié peut s'absenter pour trois examens prénataux, et il est le bienvenu à l'entretien prénatal précoce et aux séances de préparation à la naissance.</source>
            <extracomment>From resources/content/items/second-parent.toml: item[1].message</extracomment>
            <translation>يمكن للوالد الثاني الأجير أن يتغيّب لحضور ثلاثة فحوصات قبل الولادة، وهو مرحَّب به في المقابلة المبكرة قبل الولادة (entretien prénatal précoce) وفي حصص التحضير للولادة.</translation>
        </message>
        <message>
            <source>Prendre sa place dans les soins</source>
            <extracomment>From resources/content/items/second-parent.toml: item[2].title</extracomment>
            <translation>أخذ مكانه في رعاية الطفل</translation>
        </message>
        <message>
            <source>Peau à peau, bain, change, biberons ou nuits, promenades, jeux : le bébé s'attache aux deux parents à travers les soins de tous les jours. Partager ces moments aide aussi le parent qui a accouché à se reposer.</source>
            <extracomment>From resources/content/items/second-parent.toml: item[2].message</extracomment>
            <translation>ملامسة الجلد للجلد، والاستحمام، وتغيير الحفاض، والرضاعة بالقارورة أو الليالي، والنزهات، والألعاب: يتعلّق الرضيع بالوالدين كليهما من خلال الرعاية اليومية. كما أن تقاسم هذه اللحظات يساعد الوالد الذي وضع المولود على الراحة.</translation>
        </message>
        <message>
            <source>Le moral du second parent compte aussi</source>
            <extracomment>From resources/content/items/second-parent.toml: item[3].title</extracomment>
            <translation>الحالة النفسية للوالد الثاني مهمة أيضًا</translation>
        </message>
        <message>
            <source>Près d'un père sur dix connaît une dépression après la naissance. Le questionnaire du Parcours existe en version pour le second parent : faites-le pour vous, et parlez-en à un professionnel si ça ne va pas.</source>
            <extracomment>From resources/content/items/second-parent.toml: item[3].message</extracomment>
            <translation>ما يقارب أبًا واحدًا من كل عشرة يعاني من اكتئاب بعد الولادة. لاستبيان التطبيق نسخة خاصة بالوالد الثاني: أجِبْ عنه من أجل نفسك، وتحدّث مع مختص إذا لم تكن بخير.</translation>
        </message>
        <message>
            <source>Ne jamais secouer un bébé</source>
            <extracomment>From resources/content/items/securite.toml: item[0].title</extracomment>
            <translation>لا تهزّ الرضيع أبدًا</translation>
        </message>
        <message>
            <source>Secouer un bébé peut le blesser gravement ou le tuer, même une seule fois. Si ses pleurs vous épuisent, couchez-le sur le dos dans son lit, sortez de la pièce, respirez, appelez quelqu'un. Les pleurs ne sont pas une faute : ni la sienne, ni la vôtre. Dites-le à toutes les personnes qui le gardent.</source>
            <extracomment>From resources/content/items/securite.toml: item[0].message</extracomment>
            <translation>هزّ الرضيع قد يصيبه بإصابات خطيرة أو يقتله، حتى لو حدث مرة واحدة. إذا أنهكك بكاؤه، ضعه على ظهره في سريره، واخرج من الغرفة، وتنفّس، واتصل بشخص ما. البكاء ليس ذنبًا: لا ذنبه ولا ذنبك. أخبر بذلك كل من يعتني به.</translation>
        </message>
        <message>
            <source>Haute Autorité de santé</source>
            <extracomment>From resources/content/items/securite.toml: item[0].link[1].title</extracomment>
            <translation>الهيئة العليا للصحة (Haute Autorité de santé)</translation>
        </message>
        <message>
            <source>En voiture, dos à la route</source>
            <extracomment>From resources/content/items/securite.toml: item[1].title</extracomment>
            <translation>في السيارة، ظهره إلى اتجاه الطريق</translation>
        </message>
        <message>
            <source>Dès la sortie de la maternité, un siège auto adapté à sa taille, dos à la route le plus longtemps possible, bien attaché à chaque trajet, même court.</source>
            <extracomment>From resources/content/items/securite.toml: item[1].message</extracomment>
            <translation>منذ الخروج من مستشفى الولادة، مقعد سيارة مناسب لحجمه، وظهره إلى اتجاه الطريق أطول مدة ممكنة، ومربوط جيدًا في كل رحلة، حتى القصيرة.</translation>
        </message>
        <message>
            <source>Les accidents de la maison</source>
            <extracomment>From resources/content/items/securite.toml: item[2].title</extracomment>
            <translation>الحوادث المنزلية</translation>
        </message>
        <message>
            <source>Ne laissez jamais un enfant seul dans le bain ni sur la table à langer, même quelques secondes. Rangez en hauteur médicaments, produits ménagers et piles bouton, bloquez fenêtres et escaliers. En cas d'intoxication, appelez le centre antipoison ou le 15.</source>
            <extracomment>From resources/content/items/securite.toml: item[2].message</extracomment>
            <translation>لا تترك طفلًا بمفرده أبدًا في حوض الاستحمام ولا على طاولة تغيير الحفاض، ولو لبضع ثوانٍ. ضع الأدوية ومنتجات التنظيف والبطاريات الزرّية في مكان مرتفع، وأغلق النوافذ والسلالم بحواجز. في حالة التسمم، اتصل بمركز مكافحة السموم (centre antipoison) أو بالرقم 15.</translation>
        </message>
        <message>
            <source>Santé publique France</source>
            <extracomment>From resources/content/items/securite.toml: item[2].link[0].title</extracomment>
            <translation>Santé publique France (الوكالة الوطنية للصحة العامة)</translation>
        </message>
        <message>
            <source>Coucher bébé sur le dos, dans son lit</source>
            <extracomment>From resources/content/items/sommeil.toml: item[0].title</extracomment>
            <translation>نوم الرضيع على ظهره، في سريره</translation>
        </message>
        <message>
            <source>Toujours sur le dos, dans une turbulette (gigoteuse), sur un matelas ferme, dans son propre lit, sans oreiller, couette, tour de lit ni peluche. Idéalement dans la chambre des parents les 6 premiers mois, à 18-20 °C, sans fumée.</source>
            <extracomment>From resources/content/items/sommeil.toml: item[0].message</extracomment>
            <translation>دائمًا على الظهر، في كيس نوم للرضّع (turbulette أو gigoteuse)، على فراش صلب، في سريره الخاص، دون وسادة ولا لحاف ولا حاجز سرير (tour de lit) ولا دمى محشوة. ومن الأفضل في غرفة الوالدين خلال الأشهر الستة الأولى، في حرارة 18-20 °C، ودون دخان.</translation>
        </message>
        <message>
            <source>Le sommeil change avec l'âge</source>
            <extracomment>From resources/content/items/sommeil.toml: item[1].title</extracomment>
            <translation>النوم يتغيّر مع العمر</translation>
        </message>
        <message>
            <source>Un nouveau-né se réveille souvent, de jour comme de nuit : c'est normal. Peu à peu, des repères calmes et réguliers le soir (bain, histoire, câlin) l'aident à s'endormir. Reposez-vous quand il dort et faites-vous relayer.</source>
            <extracomment>From resources/content/items/sommeil.toml: item[1].message</extracomment>
            <translation>يستيقظ المولود الجديد كثيرًا، ليلًا ونهارًا: هذا طبيعي. شيئًا فشيئًا، تساعده عادات هادئة ومنتظمة في المساء (الاستحمام، قصة، عناق) على النوم. استرح عندما ينام واطلب من غيرك أن ينوب عنك.</translation>
        </message>
        <message>
            <source>Les vaccins pendant la grossesse</source>
            <extracomment>From resources/content/items/vaccins.toml: item[0].title</extracomment>
            <translation>اللقاحات أثناء الحمل</translation>
        </message>
        <message>
            <source>Le vaccin contre la coqueluche est recommandé, de préférence entre 20 et 36 SA. Un vaccin contre la bronchiolite (VRS) peut être proposé au 8e mois, entre 32 et 36 SA, selon la saison. Parlez-en à votre sage-femme ou à votre médecin.</source>
            <extracomment>From resources/content/items/vaccins.toml: item[0].message</extracomment>
            <translation>لقاح السعال الديكي موصى به، ويُفضَّل بين 20 و36 أسبوعًا من انقطاع الطمث (SA). يمكن اقتراح لقاح ضد التهاب القصيبات (الفيروس المخلوي التنفسي، VRS) في الشهر الثامن، بين 32 و36 أسبوعًا (SA)، حسب الموسم. تحدّثي عن ذلك مع القابلة (sage-femme) أو مع طبيبك.</translation>
        </message>
        <message>
            <source>Vaccination Info Service</source>
            <extracomment>From resources/content/items/vaccins.toml: item[0].link[0].title; resources/content/items/vaccins.toml: item[1].link[0].title; resources/content/items/vaccins.toml: item[2].link[0].title</extracomment>
            <translation>Vaccination Info Service (خدمة معلومات التلقيح)</translation>
        </message>
        <message>
            <source>Les vaccins obligatoires du bébé</source>
            <extracomment>From resources/content/items/vaccins.toml: item[1].title</extracomment>
            <translation>اللقاحات الإلزامية للرضيع</translation>
        </message>
        <message>
            <source>Depuis 2025 : à 2 mois et 4 mois (hexavalent et pneumocoque), 3 et 5 mois (méningocoque B), 6 mois (méningocoques ACWY), 11 mois (rappels), 12 mois (ROR, méningocoques ACWY et B), puis ROR entre 16 et 18 mois. Ils sont nécessaires pour entrer en crèche ou chez une assistante maternelle.</source>
            <extracomment>From resources/content/items/vaccins.toml: item[1].message</extracomment>
            <translation type="vanished">منذ 2025: في عمر شهرين و4 أشهر (اللقاح السداسي والمكورات الرئوية)، و3 و5 أشهر (المكورات السحائية B)، و6 أشهر (المكورات السحائية ACWY)، و11 شهرًا (الجرعات المعززة)، و12 شهرًا (لقاح الحصبة والنكاف والحصبة الألمانية ROR، والمكورات السحائية ACWY وB)، ثم لقاح ROR بين 16 و18 شهرًا. وهي ضرورية لدخول الحضانة (crèche) أو البقاء عند مربية أطفال معتمدة (assistante maternelle).</translation>
        </message>
        <message>
            <source>Rotavirus et bronchiolite : des protections recommandées</source>
            <extracomment>From resources/content/items/vaccins.toml: item[2].title</extracomment>
            <translation>فيروس الروتا والتهاب القصيبات: حمايات موصى بها</translation>
        </message>
        <message>
            <source>Le vaccin contre le rotavirus (gastro-entérite) se donne par la bouche à partir de 6 semaines. Un traitement préventif contre la bronchiolite peut être proposé au bébé pendant sa première saison si la mère n'a pas été vaccinée. Ils sont recommandés, pas obligatoires.</source>
            <extracomment>From resources/content/items/vaccins.toml: item[2].message</extracomment>
            <translation>يُعطى لقاح فيروس الروتا (التهاب المعدة والأمعاء) عن طريق الفم ابتداءً من عمر 6 أسابيع. يمكن اقتراح علاج وقائي ضد التهاب القصيبات للرضيع خلال موسمه الأول إذا لم تكن الأم قد تلقّت اللقاح. وهي موصى بها، وليست إلزامية.</translation>
        </message>
        <message>
            <source>un site de l'État (gouv.fr)</source>
            <extracomment>From resources/content/official_domains.toml: domain[0].label</extracomment>
            <translation>موقع تابع للدولة الفرنسية (gouv.fr)</translation>
        </message>
        <message>
            <source>Service-Public.fr, le site officiel de l'administration française</source>
            <extracomment>From resources/content/official_domains.toml: domain[1].label</extracomment>
            <translation>Service-Public.fr، الموقع الرسمي للإدارة الفرنسية</translation>
        </message>
        <message>
            <source>1000-premiers-jours.fr, le site officiel des 1000 premiers jours</source>
            <extracomment>From resources/content/official_domains.toml: domain[2].label</extracomment>
            <translation>1000-premiers-jours.fr، الموقع الرسمي للأيام الألف الأولى</translation>
        </message>
        <message>
            <source>ameli.fr (Assurance Maladie)</source>
            <extracomment>From resources/content/official_domains.toml: domain[3].label</extracomment>
            <translation>ameli.fr (التأمين الصحي، Assurance Maladie)</translation>
        </message>
        <message>
            <source>caf.fr (Caisse d'allocations familiales)</source>
            <extracomment>From resources/content/official_domains.toml: domain[4].label</extracomment>
            <translation>caf.fr (صندوق الإعانات العائلية، Caisse d'allocations familiales)</translation>
        </message>
        <message>
            <source>monenfant.fr (modes d'accueil, site de la Caf)</source>
            <extracomment>From resources/content/official_domains.toml: domain[5].label</extracomment>
            <translation>monenfant.fr (أنماط رعاية الأطفال، موقع صندوق الإعانات العائلية Caf)</translation>
        </message>
        <message>
            <source>msa.fr (Mutualité sociale agricole)</source>
            <extracomment>From resources/content/official_domains.toml: domain[6].label</extracomment>
            <translation>msa.fr (التعاضدية الاجتماعية الفلاحية، Mutualité sociale agricole)</translation>
        </message>
        <message>
            <source>santepubliquefrance.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[7].label</extracomment>
            <translation>santepubliquefrance.fr (الوكالة الوطنية للصحة العامة، Santé publique France)</translation>
        </message>
        <message>
            <source>mangerbouger.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[8].label</extracomment>
            <translation>mangerbouger.fr (الوكالة الوطنية للصحة العامة، Santé publique France)</translation>
        </message>
        <message>
            <source>vaccination-info-service.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[9].label</extracomment>
            <translation>vaccination-info-service.fr (الوكالة الوطنية للصحة العامة، Santé publique France)</translation>
        </message>
        <message>
            <source>alcool-info-service.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[10].label</extracomment>
            <translation>alcool-info-service.fr (الوكالة الوطنية للصحة العامة، Santé publique France)</translation>
        </message>
        <message>
            <source>tabac-info-service.fr (Assurance Maladie et Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[11].label</extracomment>
            <translation>tabac-info-service.fr (التأمين الصحي Assurance Maladie والوكالة الوطنية للصحة العامة Santé publique France)</translation>
        </message>
        <message>
            <source>drogues-info-service.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[12].label</extracomment>
            <translation>drogues-info-service.fr (الوكالة الوطنية للصحة العامة، Santé publique France)</translation>
        </message>
        <message>
            <source>agir-pour-bebe.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[13].label</extracomment>
            <translation>agir-pour-bebe.fr (الوكالة الوطنية للصحة العامة، Santé publique France)</translation>
        </message>
        <message>
            <source>has-sante.fr (Haute Autorité de santé)</source>
            <extracomment>From resources/content/official_domains.toml: domain[14].label</extracomment>
            <translation>has-sante.fr (الهيئة العليا للصحة، Haute Autorité de santé)</translation>
        </message>
        <message>
            <source>3114.fr (numéro national de prévention du suicide)</source>
            <extracomment>From resources/content/official_domains.toml: domain[15].label</extracomment>
            <translation>3114.fr (الرقم الوطني للوقاية من الانتحار)</translation>
        </message>
        <message>
            <source>mon-enfant-et-les-ecrans.fr (Union nationale des associations familiales)</source>
            <extracomment>From resources/content/official_domains.toml: domain[16].label</extracomment>
            <translation>mon-enfant-et-les-ecrans.fr (الاتحاد الوطني للجمعيات العائلية، Union nationale des associations familiales)</translation>
        </message>
        <message>
            <source>maman-blues.fr (association Maman Blues)</source>
            <extracomment>From resources/content/official_domains.toml: domain[17].label</extracomment>
            <translation>maman-blues.fr (جمعية Maman Blues)</translation>
        </message>
        <message>
            <source>enfance-et-partage.org (association Enfance et Partage, Allô Parents Bébé)</source>
            <extracomment>From resources/content/official_domains.toml: domain[18].label</extracomment>
            <translation>enfance-et-partage.org (جمعية Enfance et Partage، خط Allô Parents Bébé)</translation>
        </message>
        <message>
            <source>solidaritefemmes.org (Fédération nationale Solidarité Femmes, 3919)</source>
            <extracomment>From resources/content/official_domains.toml: domain[19].label</extracomment>
            <translation>solidaritefemmes.org (الفدرالية الوطنية Solidarité Femmes، الرقم 3919)</translation>
        </message>
        <message>
            <source>sosprema.com (association SOS Préma)</source>
            <extracomment>From resources/content/official_domains.toml: domain[20].label</extracomment>
            <translation>sosprema.com (جمعية SOS Préma)</translation>
        </message>
        <message>
            <source>github.com/SocialGouv (code source des outils officiels des ministères sociaux)</source>
            <extracomment>From resources/content/official_domains.toml: domain[21].label</extracomment>
            <translation>github.com/SocialGouv (الشيفرة المصدرية للأدوات الرسمية للوزارات الاجتماعية)</translation>
        </message>
    </context>
    <context>
        <name>directory</name>
        <message>
            <source>Maison des 1000 premiers jours</source>
            <extracomment>From src/parcours_app/core/directory.py:46</extracomment>
            <translation>دار الأيام الألف الأولى (Maison des 1000 premiers jours)</translation>
        </message>
        <message>
            <source>Centre de PMI</source>
            <extracomment>From src/parcours_app/core/directory.py:47</extracomment>
            <translation>مركز حماية الأمومة والطفولة (PMI)</translation>
        </message>
        <message>
            <source>Maternité</source>
            <extracomment>From src/parcours_app/core/directory.py:48</extracomment>
            <translation>مستشفى الولادة (maternité)</translation>
        </message>
        <message>
            <source>Caf</source>
            <extracomment>From src/parcours_app/core/directory.py:49</extracomment>
            <translation>صندوق الإعانات العائلية (Caf)</translation>
        </message>
        <message>
            <source>CPAM (Assurance Maladie)</source>
            <extracomment>From src/parcours_app/core/directory.py:50</extracomment>
            <translation>صندوق التأمين الصحي (CPAM، Assurance Maladie)</translation>
        </message>
        <message>
            <source>Relais Petite Enfance</source>
            <extracomment>From src/parcours_app/core/directory.py:51</extracomment>
            <translation>مركز معلومات رعاية الأطفال الصغار (Relais Petite Enfance)</translation>
        </message>
        <message>
            <source>Lieu d'accueil enfants-parents (LAEP)</source>
            <extracomment>From src/parcours_app/core/directory.py:52</extracomment>
            <translation>مكان استقبال الأطفال والوالدين (LAEP)</translation>
        </message>
        <message>
            <source>Sage-femme</source>
            <extracomment>From src/parcours_app/core/directory.py:53</extracomment>
            <translation>القابلة (sage-femme)</translation>
        </message>
        <message>
            <source>Pédiatre</source>
            <extracomment>From src/parcours_app/core/directory.py:54</extracomment>
            <translation>طبيب الأطفال</translation>
        </message>
        <message>
            <source>Autre lieu</source>
            <extracomment>From src/parcours_app/core/directory.py:55</extracomment>
            <translation>مكان آخر</translation>
        </message>
        <message>
            <source>le nom est obligatoire.</source>
            <extracomment>From src/parcours_app/core/directory.py:128</extracomment>
            <translation>الاسم إلزامي.</translation>
        </message>
        <message>
            <source>le nom est trop long (%1 caractères au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:131</extracomment>
            <translation>الاسم طويل جدًا (%1 حرفًا على الأكثر).</translation>
        </message>
        <message>
            <source>le champ « %1 » est trop long (%2 caractères au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:112</extracomment>
            <translation>الحقل «%1» طويل جدًا (%2 حرفًا على الأكثر).</translation>
        </message>
        <message>
            <source>le téléphone « %1 » ne contient pas que des chiffres, espaces, + ou points.</source>
            <extracomment>From src/parcours_app/core/directory.py:137</extracomment>
            <translation>الهاتف «%1» يحتوي على رموز غير الأرقام والمسافات و+ والنقاط.</translation>
        </message>
        <message>
            <source>l'adresse e-mail « %1 » n'est pas valide.</source>
            <extracomment>From src/parcours_app/core/directory.py:145</extracomment>
            <translation>عنوان البريد الإلكتروني «%1» غير صالح.</translation>
        </message>
        <message>
            <source>le site « %1 » doit être une adresse web complète (https://…).</source>
            <extracomment>From src/parcours_app/core/directory.py:151</extracomment>
            <translation>يجب أن يكون الموقع «%1» عنوان ويب كاملًا (https://…).</translation>
        </message>
        <message>
            <source>un service est trop long (%1 caractères au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:161; src/parcours_app/core/directory.py:212</extracomment>
            <translation>إحدى الخدمات طويلة جدًا (%1 حرفًا على الأكثر).</translation>
        </message>
        <message>
            <source>seule une Maison des 1000 premiers jours a des services classés par composante.</source>
            <extracomment>From src/parcours_app/core/directory.py:167</extracomment>
            <translation>دار الأيام الألف الأولى (Maison des 1000 premiers jours) وحدها لها خدمات مصنّفة حسب المكوّن.</translation>
        </message>
        <message>
            <source>trop de services (%1 au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:172</extracomment>
            <translation>عدد كبير جدًا من الخدمات (%1 على الأكثر).</translation>
        </message>
        <message>
            <source>la langue « %1 » n'est pas proposée (%2).</source>
            <extracomment>From src/parcours_app/core/directory.py:193; src/parcours_app/core/directory.py:494</extracomment>
            <translation>اللغة «%1» غير متاحة (%2).</translation>
        </message>
        <message>
            <source>la langue « %1 » est donnée deux fois.</source>
            <extracomment>From src/parcours_app/core/directory.py:201</extracomment>
            <translation>اللغة «%1» مذكورة مرتين.</translation>
        </message>
        <message>
            <source>Ce fichier n'est pas un annuaire lisible (JSON invalide ligne %1, colonne %2).</source>
            <extracomment>From src/parcours_app/core/directory.py:316</extracomment>
            <translation>هذا الملف ليس دليلًا قابلًا للقراءة (JSON غير صالح في السطر %1، العمود %2).</translation>
        </message>
        <message>
            <source>Ce fichier n'est pas un annuaire exporté par Parcours 1000 jours.</source>
            <extracomment>From src/parcours_app/core/directory.py:323</extracomment>
            <translation>هذا الملف ليس دليلًا صدّره تطبيق Parcours 1000 jours.</translation>
        </message>
        <message>
            <source>La version du fichier d'annuaire est absente ou illisible.</source>
            <extracomment>From src/parcours_app/core/directory.py:326</extracomment>
            <translation>إصدار ملف الدليل غير موجود أو غير قابل للقراءة.</translation>
        </message>
        <message>
            <source>Ce fichier d'annuaire vient d'une version plus récente de l'application (format %1) : mettez-la à jour.</source>
            <extracomment>From src/parcours_app/core/directory.py:329</extracomment>
            <translation>ملف الدليل هذا صادر عن إصدار أحدث من التطبيق (الصيغة %1): حدّث التطبيق.</translation>
        </message>
        <message>
            <source>Le fichier d'annuaire ne contient pas de liste « places ».</source>
            <extracomment>From src/parcours_app/core/directory.py:338</extracomment>
            <translation>لا يحتوي ملف الدليل على قائمة «places».</translation>
        </message>
        <message>
            <source>Le fichier contient trop de lieux (%1 au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:341</extracomment>
            <translation>يحتوي الملف على عدد كبير جدًا من الأماكن (%1 على الأكثر).</translation>
        </message>
        <message>
            <source>Le fichier %1 est trop gros pour être un annuaire.</source>
            <extracomment>From src/parcours_app/core/directory.py:352</extracomment>
            <translation>الملف %1 كبير جدًا ليكون دليلًا.</translation>
        </message>
        <message>
            <source>Le fichier %1 n'a pas pu être lu (%2).</source>
            <extracomment>From src/parcours_app/core/directory.py:357</extracomment>
            <translation>تعذّرت قراءة الملف %1 (%2).</translation>
        </message>
        <message>
            <source>Le fichier %1 n'est pas un texte UTF-8 : ce n'est pas un annuaire.</source>
            <extracomment>From src/parcours_app/core/directory.py:365</extracomment>
            <translation>الملف %1 ليس نصًا بترميز UTF-8: إنه ليس دليلًا.</translation>
        </message>
        <message>
            <source>L'annuaire n'a pas pu être enregistré dans %1 (%2).</source>
            <extracomment>From src/parcours_app/core/directory.py:386</extracomment>
            <translation>تعذّر حفظ الدليل في %1 (%2).</translation>
        </message>
        <message>
            <source>ce n'est pas une fiche de lieu.</source>
            <extracomment>From src/parcours_app/core/directory.py:442</extracomment>
            <translation>هذه ليست بطاقة مكان.</translation>
        </message>
        <message>
            <source>champ inconnu « %1 ».</source>
            <extracomment>From src/parcours_app/core/directory.py:447; src/parcours_app/core/directory.py:514; src/parcours_app/core/directory.py:539</extracomment>
            <translation>حقل غير معروف «%1».</translation>
        </message>
        <message>
            <source>le type de lieu « %1 » est inconnu.</source>
            <extracomment>From src/parcours_app/core/directory.py:454</extracomment>
            <translation>نوع المكان «%1» غير معروف.</translation>
        </message>
        <message>
            <source>le champ « %1 » doit être un texte.</source>
            <extracomment>From src/parcours_app/core/directory.py:461; src/parcours_app/core/directory.py:522; src/parcours_app/core/directory.py:558</extracomment>
            <translation>يجب أن يكون الحقل «%1» نصًا.</translation>
        </message>
        <message>
            <source>« services » doit être une liste.</source>
            <extracomment>From src/parcours_app/core/directory.py:466</extracomment>
            <translation>يجب أن يكون «services» قائمة.</translation>
        </message>
        <message>
            <source>« %1 » doit être un objet par langue (en, ar).</source>
            <extracomment>From src/parcours_app/core/directory.py:488</extracomment>
            <translation>يجب أن يكون «%1» كائنًا فيه مدخل لكل لغة (en، ar).</translation>
        </message>
        <message>
            <source>« %1 » doit être un objet.</source>
            <extracomment>From src/parcours_app/core/directory.py:508</extracomment>
            <translation>يجب أن يكون «%1» كائنًا.</translation>
        </message>
        <message>
            <source>chaque service a une « component » et un texte « service ».</source>
            <extracomment>From src/parcours_app/core/directory.py:543</extracomment>
            <translation>لكل خدمة «component» ونص «service».</translation>
        </message>
        <message>
            <source>la composante « %1 » n'existe pas.</source>
            <extracomment>From src/parcours_app/core/directory.py:550</extracomment>
            <translation>المكوّن «%1» غير موجود.</translation>
        </message>
        <message>
            <source>Fiche du lieu : %1</source>
            <extracomment>From src/parcours_app/core/directory.py:582</extracomment>
            <translation>بطاقة المكان: %1</translation>
        </message>
        <message>
            <source>Lieu n° %1 du fichier : %2</source>
            <extracomment>From src/parcours_app/core/directory.py:583</extracomment>
            <translation>المكان رقم %1 في الملف: %2</translation>
        </message>
    </context>
    <context>
        <name>epds</name>
        <message>
            <source>La question %1 n'a pas de réponse qui vaut %2 points.</source>
            <extracomment>From src/parcours_app/core/epds.py:77</extracomment>
            <translation>السؤال %1 ليس له إجابة عدد نقاطها %2.</translation>
        </message>
        <message>
            <source>Votre réponse sur l'idée de vous faire du mal compte plus que le score</source>
            <extracomment>From src/parcours_app/core/epds.py:133</extracomment>
            <translation>إجابتك عن فكرة إيذاء نفسك أهم من النتيجة</translation>
        </message>
        <message>
            <source>Vos réponses montrent des signes importants de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:135</extracomment>
            <translation>تُظهر إجاباتك علامات مهمة على المعاناة النفسية</translation>
        </message>
        <message>
            <source>Vos réponses montrent certains signes de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:137</extracomment>
            <translation>تُظهر إجاباتك بعض علامات المعاناة النفسية</translation>
        </message>
        <message>
            <source>Vos réponses montrent peu de signes de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:138</extracomment>
            <translation>تُظهر إجاباتك علامات قليلة على المعاناة النفسية</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30. Vous avez répondu « très souvent » à la question sur l'idée de vous faire du mal : quel que soit le score, c'est un signe important dont il faut parler sans attendre.</source>
            <extracomment>From src/parcours_app/core/epds.py:124</extracomment>
            <translation type="vanished">نتيجتك %1 من 30. لقد أجبت بـ«كثيرًا جدًا» عن السؤال المتعلق بفكرة إيذاء نفسك: مهما كانت النتيجة، فهذه علامة مهمة يجب التحدث عنها دون انتظار.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (13 ou plus). Ce niveau est celui où un professionnel de santé doit vous écouter et vous proposer de l'aide : parlez-en dès que possible, cette semaine.</source>
            <extracomment>From src/parcours_app/core/epds.py:159</extracomment>
            <translation>نتيجتك %1 من 30 (13 أو أكثر). في هذا المستوى يجب أن يستمع إليك مختص صحي وأن يقترح عليك المساعدة: تحدّث عن ذلك في أقرب وقت ممكن، هذا الأسبوع.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12). Nous vous conseillons d'en parler bientôt, dans les prochains jours, à un professionnel de santé.</source>
            <extracomment>From src/parcours_app/core/epds.py:175</extracomment>
            <translation>نتيجتك %1 من 30 (بين 9 و12). ننصحك بالتحدث عن ذلك قريبًا، خلال الأيام القادمة، مع مختص صحي.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12). Ces signes méritent d'être suivis : parlez-en à un professionnel de santé lors de votre prochain rendez-vous, ou avant si cela ne va pas mieux.</source>
            <extracomment>From src/parcours_app/core/epds.py:181</extracomment>
            <translation>نتيجتك %1 من 30 (بين 9 و12). هذه العلامات تستحق المتابعة: تحدّث عنها مع مختص صحي في موعدك القادم، أو قبل ذلك إذا لم تتحسّن حالتك.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9), mais votre réponse à la question sur l'idée de vous faire du mal compte plus que le score : parlez-en à un professionnel de santé dans les prochains jours, ou tout de suite au 3114.</source>
            <extracomment>From src/parcours_app/core/epds.py:188</extracomment>
            <translation>نتيجتك %1 من 30 (أقل من 9)، لكن إجابتك عن السؤال المتعلق بفكرة إيذاء نفسك أهم من النتيجة: تحدّث عن ذلك مع مختص صحي خلال الأيام القادمة، أو فورًا على الرقم 3114.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9). Si vous ne vous sentez pas bien pour autant, parlez-en : votre ressenti compte plus qu'un score. Vous pouvez refaire le questionnaire dans %2 jours.</source>
            <extracomment>From src/parcours_app/core/epds.py:159</extracomment>
            <translation type="vanished">نتيجتك %1 من 30 (أقل من 9). إذا كنت مع ذلك لا تشعر بأنك بخير، فتحدّث عن الأمر: إحساسك أهم من أي نتيجة. يمكنك إعادة الاستبيان بعد %2 يومًا.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30. À la question sur l'idée de vous faire du mal, vous avez répondu « %2 » (la réponse la plus forte) : quel que soit le score, c'est un signe important dont il faut parler sans attendre.</source>
            <extracomment>From src/parcours_app/core/epds.py:151</extracomment>
            <translation>نتيجتك %1 من 30. عن السؤال المتعلق بفكرة إيذاء نفسك، أجبت بـ«%2» (وهي أقوى إجابة): مهما كانت النتيجة، فهذه علامة مهمة يجب التحدث عنها دون انتظار.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12), mais votre réponse à la question sur l'idée de vous faire du mal compte plus que le score : parlez-en à un professionnel de santé dans les prochains jours, ou tout de suite au 3114.</source>
            <extracomment>From src/parcours_app/core/epds.py:167</extracomment>
            <translation>نتيجتك %1 من 30 (بين 9 و12)، لكن إجابتك عن السؤال المتعلق بفكرة إيذاء نفسك أهم من النتيجة: تحدّث عن ذلك مع مختص صحي خلال الأيام القادمة، أو فورًا على الرقم ⁦3114⁩.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9). Si vous ne vous sentez pas bien pour autant, parlez-en : votre ressenti compte plus qu'un score. Vous pouvez refaire le questionnaire dans %2.</source>
            <extracomment>From src/parcours_app/core/epds.py:195</extracomment>
            <translation>نتيجتك %1 من 30 (أقل من 9). إذا كنت مع ذلك لا تشعر بأنك بخير، فتحدّث عن الأمر: إحساسك أهم من أي نتيجة. يمكنك إعادة الاستبيان بعد %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n jour(s)</source>
            <extracomment>From src/parcours_app/core/epds.py:200</extracomment>
            <translation>
                <numerusform>%n يوم</numerusform>
                <numerusform>يوم واحد</numerusform>
                <numerusform>يومين</numerusform>
                <numerusform>%n أيام</numerusform>
                <numerusform>%n يومًا</numerusform>
                <numerusform>%n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Vous avez répondu que l'idée de vous faire du mal vous est venue ces 7 derniers jours. Vous pouvez en parler dès maintenant : le 3114 répond à toute heure, gratuitement. En cas de danger immédiat, appelez le 15 ou le 112.</source>
            <extracomment>From src/parcours_app/core/epds.py:207</extracomment>
            <translation>لقد أجبت بأن فكرة إيذاء نفسك راودتك خلال الأيام السبعة الماضية. يمكنك التحدث عن ذلك الآن: يجيب الرقم 3114 في أي ساعة، مجانًا. في حالة الخطر الداهم، اتصل بالرقم 15 أو 112.</translation>
        </message>
        <message>
            <source>Prenez rendez-vous rapidement avec la sage-femme ou le médecin qui vous suit (médecin traitant, gynécologue). Vous pouvez lui montrer ce résultat imprimé.</source>
            <extracomment>From src/parcours_app/core/epds.py:219</extracomment>
            <translation>احجز موعدًا بسرعة مع القابلة (sage-femme) أو الطبيب الذي يتابعك (الطبيب المعالج، طبيب النساء). يمكنك أن تُريه هذه النتيجة مطبوعة.</translation>
        </message>
        <message>
            <source>Parlez de votre humeur à la sage-femme ou au médecin qui vous suit, au prochain rendez-vous.</source>
            <extracomment>From src/parcours_app/core/epds.py:227</extracomment>
            <translation>تحدّث عن مزاجك مع القابلة (sage-femme) أو الطبيب الذي يتابعك، في الموعد القادم.</translation>
        </message>
        <message>
            <source>La PMI (protection maternelle et infantile) de votre département reçoit gratuitement les parents : sages-femmes, puéricultrices et médecins peuvent vous écouter et vous orienter.</source>
            <extracomment>From src/parcours_app/core/epds.py:233</extracomment>
            <translation>يستقبل مركز حماية الأمومة والطفولة (PMI، protection maternelle et infantile) في مقاطعتك الوالدين مجانًا: يمكن للقابلات والممرضات المتخصصات في رعاية الأطفال (puéricultrices) والأطباء الاستماع إليك وتوجيهك.</translation>
        </message>
        <message>
            <source>L'entretien prénatal précoce, proposé dès le 4e mois de grossesse avec une sage-femme ou un médecin, est fait pour parler de ce que vous vivez, avec l'autre parent si vous le souhaitez.</source>
            <extracomment>From src/parcours_app/core/epds.py:241</extracomment>
            <translation>المقابلة المبكرة قبل الولادة، المقترحة ابتداءً من الشهر الرابع من الحمل مع قابلة أو طبيب، مخصَّصة للحديث عمّا تعيشينه، مع الوالد الآخر إن رغبتِ.</translation>
        </message>
        <message>
            <source>L'entretien postnatal précoce, entre la 4e et la 8e semaine après la naissance, est fait pour parler de ce que vous vivez, avec l'autre parent si vous le souhaitez.</source>
            <extracomment>From src/parcours_app/core/epds.py:249</extracomment>
            <translation>المقابلة المبكرة بعد الولادة (entretien postnatal précoce)، بين الأسبوع الرابع والأسبوع الثامن بعد الولادة، مخصصة للحديث عما تعيشه، مع الوالد الآخر إذا رغبت في ذلك.</translation>
        </message>
        <message>
            <source>Vous n'avez pas à attendre un rendez-vous pour être écouté : les numéros ci-dessous répondent gratuitement.</source>
            <extracomment>From src/parcours_app/core/epds.py:256</extracomment>
            <translation>لست مضطرًا إلى انتظار موعد لكي يُستمع إليك: الأرقام أدناه تجيب مجانًا.</translation>
        </message>
        <message>
            <source>Ce questionnaire est une aide au repérage, pas un diagnostic : seul un professionnel de santé peut évaluer votre situation et vous accompagner.</source>
            <extracomment>From src/parcours_app/core/epds.py:286</extracomment>
            <translation>هذا الاستبيان وسيلة مساعدة على الكشف المبكر، وليس تشخيصًا: وحده المختص الصحي يستطيع تقييم وضعك ومرافقتك.</translation>
        </message>
        <message>
            <source>Vos réponses restent sur cet ordinateur et ne sont envoyées nulle part. Rien n'est gardé, sauf si vous cochez « Garder ce résultat sur cet ordinateur ».</source>
            <extracomment>From src/parcours_app/core/epds.py:292</extracomment>
            <translation>تبقى إجاباتك على هذا الحاسوب ولا تُرسَل إلى أي مكان. لا يُحفظ أي شيء، إلا إذا أشّرت على «حفظ هذه النتيجة على هذا الحاسوب».</translation>
        </message>
        <message>
            <source>signes importants</source>
            <extracomment>From src/parcours_app/core/epds.py:303</extracomment>
            <translation>علامات مهمة</translation>
        </message>
        <message>
            <source>certains signes</source>
            <extracomment>From src/parcours_app/core/epds.py:305</extracomment>
            <translation>بعض العلامات</translation>
        </message>
        <message>
            <source>peu de signes</source>
            <extracomment>From src/parcours_app/core/epds.py:306</extracomment>
            <translation>علامات قليلة</translation>
        </message>
        <message>
            <source>la mère</source>
            <extracomment>From src/parcours_app/core/epds.py:311</extracomment>
            <translation>الأم</translation>
        </message>
        <message>
            <source>l'autre parent</source>
            <extracomment>From src/parcours_app/core/epds.py:312</extracomment>
            <translation>الوالد الآخر</translation>
        </message>
        <message>
            <source>Le questionnaire n'est proposé qu'en français et en anglais : ses scores ne sont valables que dans une traduction validée par une étude publiée, et l'application n'en contient pas encore pour votre langue. Vous pouvez choisir la langue qui vous est la plus facile.</source>
            <extracomment>From src/parcours_app/core/epds.py:324</extracomment>
            <translation>لا يُقترح الاستبيان إلا بالفرنسية والإنجليزية: فنتائجه لا تكون صالحة إلا في ترجمة صادقت عليها دراسة منشورة، والتطبيق لا يحتوي بعد على ترجمة كهذه للغتك. يمكنك اختيار اللغة الأسهل عليك.</translation>
        </message>
        <message>
            <source>Le fichier %1 est illisible : %2</source>
            <extracomment>From src/parcours_app/core/epds.py:341</extracomment>
            <translation>تعذّرت قراءة الملف %1: %2</translation>
        </message>
        <message>
            <source>Texte manquant ou mal formé dans le questionnaire : %1</source>
            <extracomment>From src/parcours_app/core/epds.py:349</extracomment>
            <translation>نص ناقص أو غير سليم الصياغة في الاستبيان: %1</translation>
        </message>
        <message>
            <source>Le fichier %1 est incomplet : %2</source>
            <extracomment>From src/parcours_app/core/epds.py:371; src/parcours_app/core/epds.py:426</extracomment>
            <translation>الملف %1 غير مكتمل: %2</translation>
        </message>
        <message>
            <source>Le questionnaire n'existe qu'en français (fr) et en anglais (en), pas en « %1 ».</source>
            <extracomment>From src/parcours_app/core/epds.py:391</extracomment>
            <translation>لا يتوفر الاستبيان إلا بالفرنسية (fr) والإنجليزية (en)، وليس بـ«%1».</translation>
        </message>
        <message>
            <source>%1 : les questions doivent aller de 1 à %2.</source>
            <extracomment>From src/parcours_app/core/epds.py:435</extracomment>
            <translation>%1: يجب أن تكون الأسئلة مرقّمة من 1 إلى %2.</translation>
        </message>
        <message>
            <source>%1 : la question %2 doit avoir 4 réponses valant 0 à 3 points.</source>
            <extracomment>From src/parcours_app/core/epds.py:440</extracomment>
            <translation>%1: يجب أن يكون للسؤال %2 أربع إجابات قيمتها من 0 إلى 3 نقاط.</translation>
        </message>
        <message>
            <source>Le questionnaire a %1 questions : %2 réponses ont été données. Répondez à chaque question.</source>
            <extracomment>From src/parcours_app/core/epds.py:451</extracomment>
            <translation>عدد أسئلة الاستبيان: %1، وعدد الإجابات المعطاة: %2. أجب عن كل سؤال.</translation>
        </message>
        <message>
            <source>La réponse à la question %1 vaut « %2 » points : les réponses possibles valent de 0 à 3 points.</source>
            <extracomment>From src/parcours_app/core/epds.py:461</extracomment>
            <translation>قيمة الإجابة عن السؤال %1 هي «%2» نقاط: الإجابات الممكنة قيمتها من 0 إلى 3 نقاط.</translation>
        </message>
        <message>
            <source>La question %1 n'a pas de réponse numéro %2.</source>
            <extracomment>From src/parcours_app/core/epds.py:506</extracomment>
            <translation>السؤال %1 ليس له إجابة رقم %2.</translation>
        </message>
    </context>
    <context>
        <name>epds.feminine</name>
        <message>
            <source>Vos réponses montrent des signes importants de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:135</extracomment>
            <translation>تُظهر إجاباتكِ علامات مهمة على المعاناة النفسية</translation>
        </message>
        <message>
            <source>Vos réponses montrent certains signes de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:137</extracomment>
            <translation>تُظهر إجاباتكِ بعض علامات المعاناة النفسية</translation>
        </message>
        <message>
            <source>Vos réponses montrent peu de signes de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:138</extracomment>
            <translation>تُظهر إجاباتكِ علامات قليلة على المعاناة النفسية</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30. À la question sur l'idée de vous faire du mal, vous avez répondu « %2 » (la réponse la plus forte) : quel que soit le score, c'est un signe important dont il faut parler sans attendre.</source>
            <extracomment>From src/parcours_app/core/epds.py:151</extracomment>
            <translation>نتيجتكِ %1 من 30. عن السؤال المتعلق بفكرة إيذاء نفسكِ، أجبتِ بـ«%2» (وهي أقوى إجابة): مهما كانت النتيجة، فهذه علامة مهمة يجب التحدث عنها دون انتظار.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (13 ou plus). Ce niveau est celui où un professionnel de santé doit vous écouter et vous proposer de l'aide : parlez-en dès que possible, cette semaine.</source>
            <extracomment>From src/parcours_app/core/epds.py:159</extracomment>
            <translation>نتيجتكِ %1 من 30 (13 أو أكثر). في هذا المستوى يجب أن يستمع إليكِ مختص صحي وأن يقترح عليكِ المساعدة: تحدّثي عن ذلك في أقرب وقت ممكن، هذا الأسبوع.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12). Nous vous conseillons d'en parler bientôt, dans les prochains jours, à un professionnel de santé.</source>
            <extracomment>From src/parcours_app/core/epds.py:175</extracomment>
            <translation>نتيجتكِ %1 من 30 (بين 9 و12). ننصحكِ بالتحدث عن ذلك قريبًا، خلال الأيام القادمة، مع مختص صحي.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12). Ces signes méritent d'être suivis : parlez-en à un professionnel de santé lors de votre prochain rendez-vous, ou avant si cela ne va pas mieux.</source>
            <extracomment>From src/parcours_app/core/epds.py:181</extracomment>
            <translation>نتيجتكِ %1 من 30 (بين 9 و12). هذه العلامات تستحق المتابعة: تحدّثي عنها مع مختص صحي في موعدكِ القادم، أو قبل ذلك إذا لم تتحسّن حالتكِ.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9), mais votre réponse à la question sur l'idée de vous faire du mal compte plus que le score : parlez-en à un professionnel de santé dans les prochains jours, ou tout de suite au 3114.</source>
            <extracomment>From src/parcours_app/core/epds.py:188</extracomment>
            <translation>نتيجتكِ %1 من 30 (أقل من 9)، لكن إجابتكِ عن السؤال المتعلق بفكرة إيذاء نفسكِ أهم من النتيجة: تحدّثي عن ذلك مع مختص صحي خلال الأيام القادمة، أو فورًا على الرقم 3114.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9). Si vous ne vous sentez pas bien pour autant, parlez-en : votre ressenti compte plus qu'un score. Vous pouvez refaire le questionnaire dans %2.</source>
            <extracomment>From src/parcours_app/core/epds.py:195</extracomment>
            <translation>نتيجتكِ %1 من 30 (أقل من 9). إذا كنتِ مع ذلك لا تشعرين بأنكِ بخير، فتحدّثي عن الأمر: إحساسكِ أهم من أي نتيجة. يمكنكِ إعادة الاستبيان بعد %2.</translation>
        </message>
        <message>
            <source>Vous avez répondu que l'idée de vous faire du mal vous est venue ces 7 derniers jours. Vous pouvez en parler dès maintenant : le 3114 répond à toute heure, gratuitement. En cas de danger immédiat, appelez le 15 ou le 112.</source>
            <extracomment>From src/parcours_app/core/epds.py:207</extracomment>
            <translation>لقد أجبتِ بأن فكرة إيذاء نفسكِ راودتكِ خلال الأيام السبعة الماضية. يمكنكِ التحدث عن ذلك الآن: يجيب الرقم 3114 في أي ساعة، مجانًا. في حالة الخطر الداهم، اتصلي بالرقم 15 أو 112.</translation>
        </message>
        <message>
            <source>Prenez rendez-vous rapidement avec la sage-femme ou le médecin qui vous suit (médecin traitant, gynécologue). Vous pouvez lui montrer ce résultat imprimé.</source>
            <extracomment>From src/parcours_app/core/epds.py:219</extracomment>
            <translation>احجزي موعدًا بسرعة مع القابلة (sage-femme) أو الطبيب الذي يتابعكِ (الطبيب المعالج، طبيب النساء). يمكنكِ أن تُريه هذه النتيجة مطبوعة.</translation>
        </message>
        <message>
            <source>Parlez de votre humeur à la sage-femme ou au médecin qui vous suit, au prochain rendez-vous.</source>
            <extracomment>From src/parcours_app/core/epds.py:227</extracomment>
            <translation>تحدّثي عن مزاجكِ مع القابلة (sage-femme) أو الطبيب الذي يتابعكِ، في الموعد القادم.</translation>
        </message>
        <message>
            <source>La PMI (protection maternelle et infantile) de votre département reçoit gratuitement les parents : sages-femmes, puéricultrices et médecins peuvent vous écouter et vous orienter.</source>
            <extracomment>From src/parcours_app/core/epds.py:233</extracomment>
            <translation>يستقبل مركز حماية الأمومة والطفولة (PMI، protection maternelle et infantile) في مقاطعتكِ الوالدين مجانًا: يمكن للقابلات والممرضات المتخصصات في رعاية الأطفال (puéricultrices) والأطباء الاستماع إليكِ وتوجيهكِ.</translation>
        </message>
        <message>
            <source>L'entretien prénatal précoce, proposé dès le 4e mois de grossesse avec une sage-femme ou un médecin, est fait pour parler de ce que vous vivez, avec l'autre parent si vous le souhaitez.</source>
            <extracomment>From src/parcours_app/core/epds.py:241</extracomment>
            <translation>المقابلة المبكرة قبل الولادة، المقترحة ابتداءً من الشهر الرابع من الحمل مع قابلة أو طبيب، مخصَّصة للحديث عمّا تعيشينه، مع الوالد الآخر إن رغبتِ.</translation>
        </message>
        <message>
            <source>L'entretien postnatal précoce, entre la 4e et la 8e semaine après la naissance, est fait pour parler de ce que vous vivez, avec l'autre parent si vous le souhaitez.</source>
            <extracomment>From src/parcours_app/core/epds.py:249</extracomment>
            <translation>المقابلة المبكرة بعد الولادة (entretien postnatal précoce)، بين الأسبوع الرابع والأسبوع الثامن بعد الولادة، مخصصة للحديث عما تعيشينه، مع الوالد الآخر إذا رغبتِ في ذلك.</translation>
        </message>
        <message>
            <source>Vous n'avez pas à attendre un rendez-vous pour être écouté : les numéros ci-dessous répondent gratuitement.</source>
            <extracomment>From src/parcours_app/core/epds.py:256</extracomment>
            <translation>لستِ مضطرةً إلى انتظار موعد لكي يُستمع إليكِ: الأرقام أدناه تجيب مجانًا.</translation>
        </message>
    </context>
    <context>
        <name>helplines</name>
        <message>
            <source>Le fichier %1 est illisible : %2</source>
            <extracomment>From src/parcours_app/core/helplines.py:57</extracomment>
            <translation>تعذّرت قراءة الملف %1: %2</translation>
        </message>
        <message>
            <source>%1, entrée %2 : champs manquants ou source sans adresse https (%3).</source>
            <extracomment>From src/parcours_app/core/helplines.py:64</extracomment>
            <translation>%1، المُدخل %2: حقول ناقصة أو مصدر بلا عنوان https (%3).</translation>
        </message>
        <message>
            <source>%1, entrée %2 : %3</source>
            <extracomment>From src/parcours_app/core/helplines.py:87</extracomment>
            <translation>%1، المُدخل %2: %3</translation>
        </message>
        <message>
            <source>%1 : aucune ligne d'urgence (crisis = true).</source>
            <extracomment>From src/parcours_app/core/helplines.py:90</extracomment>
            <translation>%1: لا يوجد أي خط طوارئ (crisis = true).</translation>
        </message>
        <message>
            <source>3114 : numéro national de prévention du suicide</source>
            <extracomment>From resources/content/helplines.toml: helplines[0].name</extracomment>
            <translation>3114: الرقم الوطني للوقاية من الانتحار</translation>
        </message>
        <message>
            <source>Si vous pensez à vous faire du mal ou au suicide, ou si vous êtes inquiet ou inquiète pour un proche : des soignants vous écoutent et vous aident.</source>
            <extracomment>From resources/content/helplines.toml: helplines[0].purpose</extracomment>
            <translation>إذا كنت تفكّر في إيذاء نفسك أو في الانتحار، أو إذا كنت قلقًا أو قلقةً على شخص قريب منك: يستمع إليك مختصون في الرعاية الصحية ويساعدونك.</translation>
        </message>
        <message>
            <source>Gratuit, à toute heure, 24 heures sur 24 et 7 jours sur 7.</source>
            <extracomment>From resources/content/helplines.toml: helplines[0].availability</extracomment>
            <translation>مجاني، في أي ساعة، على مدار 24 ساعة و7 أيام في الأسبوع.</translation>
        </message>
        <message>
            <source>15 : SAMU</source>
            <extracomment>From resources/content/helplines.toml: helplines[1].name</extracomment>
            <translation>15: SAMU (الإسعاف الطبي الاستعجالي)</translation>
        </message>
        <message>
            <source>Urgence médicale, danger immédiat pour vous ou pour votre bébé.</source>
            <extracomment>From resources/content/helplines.toml: helplines[1].purpose</extracomment>
            <translation>حالة طبية طارئة، أو خطر داهم عليك أو على طفلك.</translation>
        </message>
        <message>
            <source>Gratuit, à toute heure.</source>
            <extracomment>From resources/content/helplines.toml: helplines[1].availability; resources/content/helplines.toml: helplines[2].availability</extracomment>
            <translation>مجاني، في أي ساعة.</translation>
        </message>
        <message>
            <source>112 : numéro d'urgence européen</source>
            <extracomment>From resources/content/helplines.toml: helplines[2].name</extracomment>
            <translation>112: رقم الطوارئ الأوروبي</translation>
        </message>
        <message>
            <source>Toute urgence, depuis n'importe quel pays de l'Union européenne, y compris depuis un téléphone portable.</source>
            <extracomment>From resources/content/helplines.toml: helplines[2].purpose</extracomment>
            <translation>لأي حالة طارئة، من أي بلد في الاتحاد الأوروبي، بما في ذلك من الهاتف المحمول.</translation>
        </message>
        <message>
            <source>114 : urgence par SMS</source>
            <extracomment>From resources/content/helplines.toml: helplines[3].name</extracomment>
            <translation>114: الطوارئ عبر الرسائل القصيرة</translation>
        </message>
        <message>
            <source>Pour demander les secours par SMS quand on ne peut pas parler ou entendre (personnes sourdes ou malentendantes, ou danger à parler).</source>
            <extracomment>From resources/content/helplines.toml: helplines[3].purpose</extracomment>
            <translation>لطلب النجدة برسالة قصيرة عندما لا تستطيع الكلام أو السمع (الأشخاص الصمّ أو ضعاف السمع، أو عندما يكون الكلام خطرًا).</translation>
        </message>
        <message>
            <source>Gratuit, par SMS, visiophonie ou tchat.</source>
            <extracomment>From resources/content/helplines.toml: helplines[3].availability</extracomment>
            <translation>مجاني، عبر الرسائل القصيرة أو مكالمة الفيديو أو الدردشة.</translation>
        </message>
        <message>
            <source>Allô Parents Bébé : 0 800 00 34 56</source>
            <extracomment>From resources/content/helplines.toml: helplines[4].name</extracomment>
            <translation>Allô Parents Bébé : 0 800 00 34 56</translation>
        </message>
        <message>
            <source>Écoute et conseils des parents, de la grossesse aux premières années de l'enfant : fatigue, pleurs du bébé, doutes, difficultés du quotidien.</source>
            <extracomment>From resources/content/helplines.toml: helplines[4].purpose</extracomment>
            <translation>الاستماع إلى الوالدين ونصحهم، من الحمل إلى السنوات الأولى للطفل: التعب، بكاء الرضيع، الشكوك، صعوبات الحياة اليومية.</translation>
        </message>
        <message>
            <source>Gratuit et anonyme. Horaires : voir le site de l'association Enfance et Partage.</source>
            <extracomment>From resources/content/helplines.toml: helplines[4].availability</extracomment>
            <translation>مجاني ومن دون الكشف عن الهوية. أوقات العمل: انظر موقع جمعية Enfance et Partage.</translation>
        </message>
        <message>
            <source>3919 : Violences Femmes Info</source>
            <extracomment>From resources/content/helplines.toml: helplines[5].name</extracomment>
            <translation>3919: Violences Femmes Info (العنف ضد النساء)</translation>
        </message>
        <message>
            <source>Violences conjugales, sexuelles ou psychologiques : écoute, informations et orientation, pour les victimes et leurs proches.</source>
            <extracomment>From resources/content/helplines.toml: helplines[5].purpose</extracomment>
            <translation>العنف الزوجي أو الجنسي أو النفسي: استماع ومعلومات وتوجيه للضحايا ولأقاربهم.</translation>
        </message>
        <message>
            <source>Gratuit et anonyme, à toute heure.</source>
            <extracomment>From resources/content/helplines.toml: helplines[5].availability</extracomment>
            <translation>مجاني ومن دون الكشف عن الهوية، في أي ساعة.</translation>
        </message>
        <message>
            <source>119 : Allô Enfance en Danger</source>
            <extracomment>From resources/content/helplines.toml: helplines[6].name</extracomment>
            <translation>119: Allô Enfance en Danger (الأطفال في خطر)</translation>
        </message>
        <message>
            <source>Un enfant est en danger ou risque de l'être, y compris si vous craignez de ne plus pouvoir vous en occuper : écoute et protection.</source>
            <extracomment>From resources/content/helplines.toml: helplines[6].purpose</extracomment>
            <translation>طفل في خطر أو معرَّض له، بما في ذلك إذا كنت تخشى ألا تستطيع رعايته بعد الآن: استماع وحماية.</translation>
        </message>
        <message>
            <source>Gratuit, à toute heure ; l'appel n'apparaît pas sur les factures.</source>
            <extracomment>From resources/content/helplines.toml: helplines[6].availability</extracomment>
            <translation>مجاني، في أي ساعة؛ ولا تظهر المكالمة في الفواتير.</translation>
        </message>
        <message>
            <source>Maman Blues</source>
            <extracomment>From resources/content/helplines.toml: helplines[7].name</extracomment>
            <translation>Maman Blues</translation>
        </message>
        <message>
            <source>Association de parents qui ont traversé une difficulté maternelle ou une dépression postnatale : témoignages, écoute, rencontres ; partenaire officiel de « 1000 jours blues ».</source>
            <extracomment>From resources/content/helplines.toml: helplines[7].purpose</extracomment>
            <translation>جمعية لآباء وأمهات مرّوا بصعوبات الأمومة أو باكتئاب ما بعد الولادة: شهادات، استماع، لقاءات؛ شريك رسمي لبرنامج «1000 jours blues».</translation>
        </message>
        <message>
            <source>Contact par le site de l'association.</source>
            <extracomment>From resources/content/helplines.toml: helplines[7].availability</extracomment>
            <translation>التواصل عبر موقع الجمعية.</translation>
        </message>
        <message>
            <source>SOS Préma : 0 800 96 60 60</source>
            <extracomment>From resources/content/helplines.toml: helplines[8].name</extracomment>
            <translation>SOS Préma : 0 800 96 60 60</translation>
        </message>
        <message>
            <source>Association des parents de bébés nés prématurément ou hospitalisés à la naissance : écoute, entraide, informations.</source>
            <extracomment>From resources/content/helplines.toml: helplines[8].purpose</extracomment>
            <translation>جمعية آباء وأمهات الأطفال المولودين قبل الأوان أو الذين أُدخلوا المستشفى عند الولادة: استماع، تضامن، معلومات.</translation>
        </message>
        <message>
            <source>Gratuit. Horaires : voir le site de l'association.</source>
            <extracomment>From resources/content/helplines.toml: helplines[8].availability</extracomment>
            <translation>مجاني. أوقات العمل: انظر موقع الجمعية.</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../src/parcours_app/ui/settings_dialog.py" line="+7" />
            <source>Dossier des données</source>
            <translation>مجلد البيانات</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>Rendez-vous bientôt</source>
            <extracomment>From src/parcours_app/core/reminders.py:143</extracomment>
            <translation>موعد قريب</translation>
        </message>
        <message>
            <source>Rendez-vous</source>
            <extracomment>From src/parcours_app/core/reminders.py:144</extracomment>
            <translation>موعد</translation>
        </message>
        <message>
            <source>%1 le %2 à %3, %4</source>
            <extracomment>From src/parcours_app/core/reminders.py:147</extracomment>
            <translation>%1 يوم %2 على الساعة %3، %4</translation>
        </message>
        <message>
            <source>%1 le %2 à %3</source>
            <extracomment>From src/parcours_app/core/reminders.py:149</extracomment>
            <translation>%1 يوم %2 على الساعة %3</translation>
        </message>
        <message>
            <source>C'est le moment</source>
            <extracomment>From src/parcours_app/core/reminders.py:154</extracomment>
            <translation>حان الوقت</translation>
        </message>
        <message>
            <source>%1 : à faire jusqu'au %2.</source>
            <extracomment>From src/parcours_app/core/reminders.py:155</extracomment>
            <translation>%1: يجب القيام به حتى %2.</translation>
        </message>
        <message>
            <source>Date limite proche</source>
            <extracomment>From src/parcours_app/core/reminders.py:157</extracomment>
            <translation>الموعد النهائي قريب</translation>
        </message>
        <message>
            <source>%1 : dernier jour le %2.</source>
            <extracomment>From src/parcours_app/core/reminders.py:158</extracomment>
            <translation>%1: آخر يوم هو %2.</translation>
        </message>
        <message>
            <source>Il est encore temps : prenez rendez-vous, le médecin ou la PMI adapte la suite du calendrier.</source>
            <extracomment>From src/parcours_app/core/reminders.py:224</extracomment>
            <translation>ما زال هناك وقت: احجز موعدًا، وسيعدّل الطبيب أو مركز حماية الأم والطفل بقية الجدول.</translation>
        </message>
        <message>
            <source>Il est encore temps : prenez rendez-vous avec le médecin de l'enfant ou la PMI.</source>
            <extracomment>From src/parcours_app/core/reminders.py:229</extracomment>
            <translation>ما زال هناك وقت: احجز موعدًا مع طبيب الطفل أو مركز حماية الأم والطفل.</translation>
        </message>
        <message>
            <source>Il est encore temps : renseignez-vous sans attendre auprès de l'organisme concerné.</source>
            <extracomment>From src/parcours_app/core/reminders.py:231</extracomment>
            <translation>ما زال هناك وقت: استعلم دون تأخير لدى الجهة المعنية.</translation>
        </message>
        <message>
            <source>Il est encore temps : contactez la mairie.</source>
            <extracomment>From src/parcours_app/core/reminders.py:233</extracomment>
            <translation>ما زال هناك وقت: اتصل بالبلدية.</translation>
        </message>
        <message>
            <source>Il est encore temps : prenez rendez-vous avec votre sage-femme ou votre médecin.</source>
            <extracomment>From src/parcours_app/core/reminders.py:234</extracomment>
            <translation>ما زال هناك وقت: احجزي موعدًا مع القابلة أو الطبيب.</translation>
        </message>
    </context>
    <context>
        <name>samples</name>
        <message>
            <source>Famille Exemple A : grossesse de 2 mois</source>
            <extracomment>From resources/samples/families.toml: family[0].label</extracomment>
            <translation>العائلة النموذجية A: حمل عمره شهران</translation>
        </message>
        <message>
            <source>Une grossesse qui commence : déclaration, premiers examens, première échographie.</source>
            <extracomment>From resources/samples/families.toml: family[0].description</extracomment>
            <translation>حمل في بدايته: التصريح، والفحوصات الأولى، والفحص الأول بالموجات فوق الصوتية.</translation>
        </message>
        <message>
            <source>Parent A (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[0].parent1_name</extracomment>
            <translation>الوالد A (مثال)</translation>
        </message>
        <message>
            <source>Co-parent A (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[0].parent2_name</extracomment>
            <translation>الوالد الشريك A (مثال)</translation>
        </message>
        <message>
            <source>Famille Exemple B : grossesse de 5 mois</source>
            <extracomment>From resources/samples/families.toml: family[1].label</extracomment>
            <translation>العائلة النموذجية B: حمل عمره 5 أشهر</translation>
        </message>
        <message>
            <source>Le milieu de la grossesse : entretien prénatal, échographie du 2e trimestre, congés à préparer.</source>
            <extracomment>From resources/samples/families.toml: family[1].description</extracomment>
            <translation>منتصف الحمل: المقابلة قبل الولادة، وفحص الثلث الثاني بالموجات فوق الصوتية، والإجازات التي يجب التحضير لها.</translation>
        </message>
        <message>
            <source>Parent B (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[1].parent1_name</extracomment>
            <translation>الوالد B (مثال)</translation>
        </message>
        <message>
            <source>Co-parent B (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[1].parent2_name</extracomment>
            <translation>الوالد الشريك B (مثال)</translation>
        </message>
        <message>
            <source>Famille Exemple C : grossesse de 8 mois, un aîné de 2 ans et demi</source>
            <extracomment>From resources/samples/families.toml: family[2].label</extracomment>
            <translation>العائلة النموذجية C: حمل عمره 8 أشهر، وطفل أكبر عمره سنتان ونصف</translation>
        </message>
        <message>
            <source>La naissance approche : congé de maternité, congés du second parent, mode d'accueil de l'aîné.</source>
            <extracomment>From resources/samples/families.toml: family[2].description</extracomment>
            <translation>الولادة تقترب: إجازة الأمومة، وإجازات الوالد الثاني، ونمط رعاية الطفل الأكبر.</translation>
        </message>
        <message>
            <source>Parent C (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[2].parent1_name</extracomment>
            <translation>الوالد C (مثال)</translation>
        </message>
        <message>
            <source>Co-parent C (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[2].parent2_name</extracomment>
            <translation>الوالد الشريك C (مثال)</translation>
        </message>
        <message>
            <source>Aîné C (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[2].children[0].name</extracomment>
            <translation>الطفل الأكبر C (مثال)</translation>
        </message>
        <message>
            <source>Famille Exemple D : bébé de 10 jours</source>
            <extracomment>From resources/samples/families.toml: family[3].label</extracomment>
            <translation>العائلة النموذجية D: رضيع عمره 10 أيام</translation>
        </message>
        <message>
            <source>Les premiers jours : déclaration de naissance, examens du bébé, congés du second parent.</source>
            <extracomment>From resources/samples/families.toml: family[3].description</extracomment>
            <translation>الأيام الأولى: التصريح بالولادة، وفحوصات الرضيع، وإجازات الوالد الثاني.</translation>
        </message>
        <message>
            <source>Parent D (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[3].parent1_name</extracomment>
            <translation>الوالد D (مثال)</translation>
        </message>
        <message>
            <source>Co-parent D (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[3].parent2_name</extracomment>
            <translation>الوالد الشريك D (مثال)</translation>
        </message>
        <message>
            <source>Bébé D (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[3].children[0].name</extracomment>
            <translation>الرضيع D (مثال)</translation>
        </message>
        <message>
            <source>Famille Exemple E : bébé de 6 semaines</source>
            <extracomment>From resources/samples/families.toml: family[4].label</extracomment>
            <translation>العائلة النموذجية E: رضيع عمره 6 أسابيع</translation>
        </message>
        <message>
            <source>Entretien postnatal, examen de la mère, premiers vaccins à 2 mois, moral des deux parents.</source>
            <extracomment>From resources/samples/families.toml: family[4].description</extracomment>
            <translation>المقابلة بعد الولادة، وفحص الأم، واللقاحات الأولى في عمر شهرين، والحالة النفسية للوالدين كليهما.</translation>
        </message>
        <message>
            <source>Parent E (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[4].parent1_name</extracomment>
            <translation>الوالد E (مثال)</translation>
        </message>
        <message>
            <source>Co-parent E (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[4].parent2_name</extracomment>
            <translation>الوالد الشريك E (مثال)</translation>
        </message>
        <message>
            <source>Bébé E (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[4].children[0].name</extracomment>
            <translation>الرضيع E (مثال)</translation>
        </message>
        <message>
            <source>Famille Exemple F : bébé de 7 mois</source>
            <extracomment>From resources/samples/families.toml: family[5].label</extracomment>
            <translation>العائلة النموذجية F: رضيع عمره 7 أشهر</translation>
        </message>
        <message>
            <source>Diversification, sommeil, sécurité à la maison, mode d'accueil.</source>
            <extracomment>From resources/samples/families.toml: family[5].description</extracomment>
            <translation>تنويع الغذاء، والنوم، والسلامة في البيت، ونمط رعاية الطفل.</translation>
        </message>
        <message>
            <source>Parent F (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[5].parent1_name</extracomment>
            <translation>الوالد F (مثال)</translation>
        </message>
        <message>
            <source>Bébé F (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[5].children[0].name</extracomment>
            <translation>الرضيع F (مثال)</translation>
        </message>
        <message>
            <source>Famille Exemple G : enfant de 18 mois</source>
            <extracomment>From resources/samples/families.toml: family[6].label</extracomment>
            <translation>العائلة النموذجية G: طفل عمره 18 شهرًا</translation>
        </message>
        <message>
            <source>Examens et vaccins de la 2e année, écrans, langage et éveil.</source>
            <extracomment>From resources/samples/families.toml: family[6].description</extracomment>
            <translation>فحوصات السنة الثانية ولقاحاتها، والشاشات، واللغة وتنمية المدارك.</translation>
        </message>
        <message>
            <source>Parent G (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[6].parent1_name</extracomment>
            <translation>الوالد G (مثال)</translation>
        </message>
        <message>
            <source>Co-parent G (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[6].parent2_name</extracomment>
            <translation>الوالد الشريك G (مثال)</translation>
        </message>
        <message>
            <source>Enfant G (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[6].children[0].name</extracomment>
            <translation>الطفل G (مثال)</translation>
        </message>
    </context>
    <context>
        <name>selftest_pdf</name>
        <message>
            <source>Questionnaire d'Édimbourg (EPDS) : résumé</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:73</extracomment>
            <translation>استبيان إدنبرة (EPDS): ملخص</translation>
        </message>
        <message>
            <source>Rempli le %1 par %2.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:74</extracomment>
            <translation>مُلئ في %1 من طرف %2.</translation>
        </message>
        <message>
            <source>Questions sur les 7 derniers jours.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:75</extracomment>
            <translation>أسئلة حول الأيام السبعة الماضية.</translation>
        </message>
        <message>
            <source>N°</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:77</extracomment>
            <translation>رقم</translation>
        </message>
        <message>
            <source>Question</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:77</extracomment>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Réponse choisie</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:78</extracomment>
            <translation>الإجابة المختارة</translation>
        </message>
        <message>
            <source>Points</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:78</extracomment>
            <translation>النقاط</translation>
        </message>
        <message>
            <source>Total : %1 sur 30</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:81</extracomment>
            <translation>المجموع: %1 من 30</translation>
        </message>
        <message>
            <source>Points de la question 10 (idées de se faire du mal) : %1 sur 3.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:82</extracomment>
            <translation>نقاط السؤال 10 (أفكار إيذاء النفس): %1 من 3.</translation>
        </message>
        <message>
            <source>En cas de danger immédiat : 15 ou 112. Prévention du suicide : 3114, à toute heure, gratuit.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:86</extracomment>
            <translation>في حالة الخطر الداهم: 15 أو 112. الوقاية من الانتحار: 3114، في أي ساعة، مجانًا.</translation>
        </message>
        <message>
            <source>Source : %1</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:87</extracomment>
            <translation>المصدر: %1</translation>
        </message>
        <message>
            <source>Échelle originale : %1</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:88</extracomment>
            <translation>المقياس الأصلي: %1</translation>
        </message>
        <message>
            <source>Résumé créé par Parcours 1000 jours, sur cet ordinateur : rien n'a été envoyé.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:89</extracomment>
            <translation>ملخص أنشأه تطبيق Parcours 1000 jours، على هذا الحاسوب: لم يُرسَل أي شيء.</translation>
        </message>
        <message>
            <source>Résumé du questionnaire EPDS</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:97</extracomment>
            <translation>ملخص استبيان EPDS</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <source>La sauvegarde n'a pas pu être écrite dans %1 (%2).</source>
            <extracomment>From src/parcours_app/storage/backups.py:179</extracomment>
            <translation>تعذّرت كتابة النسخة الاحتياطية في %1 (%2).</translation>
        </message>
        <message>
            <source>Sauvegarde introuvable : %1. « parcours data backup --list » les énumère.</source>
            <extracomment>From src/parcours_app/storage/backups.py:261</extracomment>
            <translation>النسخة الاحتياطية غير موجودة: %1. الأمر «parcours data backup --list» يعرض قائمتها.</translation>
        </message>
        <message>
            <source>La sauvegarde %1 ne peut pas être restaurée : %2.</source>
            <extracomment>From src/parcours_app/storage/backups.py:292</extracomment>
            <translation>لا يمكن استعادة النسخة الاحتياطية %1: %2.</translation>
        </message>
        <message>
            <source>La restauration de %1 a échoué (%2).</source>
            <extracomment>From src/parcours_app/storage/backups.py:304</extracomment>
            <translation>فشلت استعادة %1 (%2).</translation>
        </message>
        <message>
            <source>Données exportées dans %1 (%2 suivis d'étapes, %3 rendez-vous). Ce fichier contient des données de santé : gardez-le en lieu sûr.</source>
            <extracomment>From src/parcours_app/storage/commands.py:136</extracomment>
            <translation type="vanished">تم تصدير البيانات إلى %1 (%2 متابعة للمراحل، %3 موعد). يحتوي هذا الملف على بيانات صحية: احفظه في مكان آمن.</translation>
        </message>
        <message>
            <source>Sauvegarde des données remplacées : %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:205</extracomment>
            <translation>نسخة احتياطية من البيانات التي تم استبدالها: %1</translation>
        </message>
        <message>
            <source>Import terminé depuis %1 : %2 suivis d'étapes, %3 rendez-vous, %4 lieux.</source>
            <extracomment>From src/parcours_app/storage/commands.py:160</extracomment>
            <translation type="vanished">اكتمل الاستيراد من %1: %2 متابعة للمراحل، %3 موعد، %4 مكان.</translation>
        </message>
        <message>
            <source>Aucune sauvegarde dans %1.</source>
            <extracomment>From src/parcours_app/storage/commands.py:226</extracomment>
            <translation>لا توجد أي نسخة احتياطية في %1.</translation>
        </message>
        <message>
            <source>en bon état</source>
            <extracomment>From src/parcours_app/storage/commands.py:229</extracomment>
            <translation>في حالة جيدة</translation>
        </message>
        <message>
            <source>inutilisable : %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:229</extracomment>
            <translation>غير صالحة للاستخدام: %1</translation>
        </message>
        <message>
            <source>Sauvegarde faite : %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:233</extracomment>
            <translation>تم إنشاء النسخة الاحتياطية: %1</translation>
        </message>
        <message>
            <source>Sauvegarde restaurée : %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:240</extracomment>
            <translation>تمت استعادة النسخة الاحتياطية: %1</translation>
        </message>
        <message>
            <source>Les données d'avant la restauration sont gardées dans %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:242</extracomment>
            <translation>البيانات السابقة للاستعادة محفوظة في %1</translation>
        </message>
        <message>
            <source>Le fichier %1 est abîmé : %2</source>
            <extracomment>From src/parcours_app/storage/commands.py:324</extracomment>
            <translation>الملف %1 تالف: %2</translation>
        </message>
        <message>
            <source>Le fichier %1 est en bon état (integrity_check : ok).</source>
            <extracomment>From src/parcours_app/storage/commands.py:329</extracomment>
            <translation>الملف %1 في حالة جيدة (integrity_check: ok).</translation>
        </message>
        <message>
            <source>Version du schéma : %1 (celle de cette version de Parcours : %2)</source>
            <extracomment>From src/parcours_app/storage/commands.py:340</extracomment>
            <translation>إصدار المخطط: %1 (إصدار هذه النسخة من Parcours: %2)</translation>
        </message>
        <message>
            <source>Ce fichier a été écrit par une version plus récente de Parcours 1000 jours : ouvrez-le avec cette version ou une plus récente. Il n'a pas été modifié.</source>
            <extracomment>From src/parcours_app/storage/commands.py:348</extracomment>
            <translation>كُتب هذا الملف بإصدار أحدث من Parcours 1000 jours: افتحه بذلك الإصدار أو بإصدار أحدث منه. لم يُغيَّر الملف.</translation>
        </message>
        <message>
            <source>Contenu : %1 grossesses, %2 enfants, %3 suivis d'étapes, %4 rendez-vous, %5 résultats d'auto-test, %6 lieux.</source>
            <extracomment>From src/parcours_app/storage/commands.py:238</extracomment>
            <translation type="vanished">المحتوى: %1 حمل، %2 طفل، %3 متابعة للمراحل، %4 موعد، %5 نتيجة للاختبار الذاتي، %6 مكان.</translation>
        </message>
        <message numerus="yes">
            <source>%n grossesse(s)</source>
            <extracomment>From src/parcours_app/storage/commands.py:49</extracomment>
            <translation>
                <numerusform>%n حالة حمل</numerusform>
                <numerusform>حالة حمل واحدة</numerusform>
                <numerusform>حالتا حمل</numerusform>
                <numerusform>%n حالات حمل</numerusform>
                <numerusform>%n حالة حمل</numerusform>
                <numerusform>%n حالة حمل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enfant(s)</source>
            <extracomment>From src/parcours_app/storage/commands.py:50</extracomment>
            <translation>
                <numerusform>%n طفل</numerusform>
                <numerusform>طفل واحد</numerusform>
                <numerusform>طفلان</numerusform>
                <numerusform>%n أطفال</numerusform>
                <numerusform>%n طفلًا</numerusform>
                <numerusform>%n طفل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suivi(s) d'étapes</source>
            <extracomment>From src/parcours_app/storage/commands.py:51; src/parcours_app/storage/commands.py:52</extracomment>
            <translation>
                <numerusform>%n متابعة للمراحل</numerusform>
                <numerusform>متابعة واحدة للمراحل</numerusform>
                <numerusform>متابعتان للمراحل</numerusform>
                <numerusform>%n متابعات للمراحل</numerusform>
                <numerusform>%n متابعة للمراحل</numerusform>
                <numerusform>%n متابعة للمراحل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rendez-vous</source>
            <extracomment>From src/parcours_app/storage/commands.py:53; src/parcours_app/storage/commands.py:54</extracomment>
            <translation>
                <numerusform>%n موعد</numerusform>
                <numerusform>موعد واحد</numerusform>
                <numerusform>موعدان</numerusform>
                <numerusform>%n مواعيد</numerusform>
                <numerusform>%n موعدًا</numerusform>
                <numerusform>%n موعد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n résultat(s) d'auto-test</source>
            <extracomment>From src/parcours_app/storage/commands.py:55</extracomment>
            <translation>
                <numerusform>%n نتيجة للاختبار الذاتي</numerusform>
                <numerusform>نتيجة واحدة للاختبار الذاتي</numerusform>
                <numerusform>نتيجتان للاختبار الذاتي</numerusform>
                <numerusform>%n نتائج للاختبار الذاتي</numerusform>
                <numerusform>%n نتيجة للاختبار الذاتي</numerusform>
                <numerusform>%n نتيجة للاختبار الذاتي</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lieu(x)</source>
            <extracomment>From src/parcours_app/storage/commands.py:56; src/parcours_app/storage/commands.py:57</extracomment>
            <translation>
                <numerusform>%n مكان</numerusform>
                <numerusform>مكان واحد</numerusform>
                <numerusform>مكانان</numerusform>
                <numerusform>%n أماكن</numerusform>
                <numerusform>%n مكانًا</numerusform>
                <numerusform>%n مكان</numerusform>
            </translation>
        </message>
        <message>
            <source>langue des messages (fr, en, ar ...)</source>
            <extracomment>From src/parcours_app/storage/commands.py:82</extracomment>
            <translation>لغة الرسائل (fr، en، ar ...)</translation>
        </message>
        <message>
            <source>DOSSIER</source>
            <extracomment>From src/parcours_app/storage/commands.py:87</extracomment>
            <translation>مجلد</translation>
        </message>
        <message>
            <source>dossier des données (par défaut : PARCOURS_DATA_DIR ou le dossier de l'application)</source>
            <extracomment>From src/parcours_app/storage/commands.py:88</extracomment>
            <translation>مجلد البيانات (افتراضيًا: PARCOURS_DATA_DIR أو مجلد التطبيق)</translation>
        </message>
        <message>
            <source>Exporter, importer, sauvegarder, restaurer et vérifier les données de la famille.</source>
            <extracomment>From src/parcours_app/storage/commands.py:92</extracomment>
            <translation>تصدير بيانات العائلة واستيرادها وحفظ نسخة احتياطية منها واستعادتها والتحقق منها.</translation>
        </message>
        <message>
            <source>commandes</source>
            <extracomment>From src/parcours_app/storage/commands.py:95</extracomment>
            <translation>الأوامر</translation>
        </message>
        <message>
            <source>tout exporter dans un fichier JSON</source>
            <extracomment>From src/parcours_app/storage/commands.py:96</extracomment>
            <translation>تصدير كل شيء إلى ملف JSON</translation>
        </message>
        <message>
            <source>FICHIER</source>
            <extracomment>From src/parcours_app/storage/commands.py:97; src/parcours_app/storage/commands.py:99</extracomment>
            <translation>ملف</translation>
        </message>
        <message>
            <source>importer un fichier exporté</source>
            <extracomment>From src/parcours_app/storage/commands.py:98</extracomment>
            <translation>استيراد ملف مُصدَّر</translation>
        </message>
        <message>
            <source>remplacer les données existantes (après sauvegarde)</source>
            <extracomment>From src/parcours_app/storage/commands.py:100</extracomment>
            <translation>استبدال البيانات الموجودة (بعد حفظ نسخة احتياطية)</translation>
        </message>
        <message>
            <source>faire une sauvegarde maintenant</source>
            <extracomment>From src/parcours_app/storage/commands.py:101</extracomment>
            <translation>حفظ نسخة احتياطية الآن</translation>
        </message>
        <message>
            <source>énumérer les sauvegardes existantes</source>
            <extracomment>From src/parcours_app/storage/commands.py:102</extracomment>
            <translation>عرض قائمة النسخ الاحتياطية الموجودة</translation>
        </message>
        <message>
            <source>restaurer une sauvegarde</source>
            <extracomment>From src/parcours_app/storage/commands.py:103</extracomment>
            <translation>استعادة نسخة احتياطية</translation>
        </message>
        <message>
            <source>SAUVEGARDE</source>
            <extracomment>From src/parcours_app/storage/commands.py:105</extracomment>
            <translation>نسخة</translation>
        </message>
        <message>
            <source>chemin ou nom de la sauvegarde (voir backup --list)</source>
            <extracomment>From src/parcours_app/storage/commands.py:105</extracomment>
            <translation>مسار النسخة الاحتياطية أو اسمها (انظر backup --list)</translation>
        </message>
        <message>
            <source>vérifier l'intégrité des données</source>
            <extracomment>From src/parcours_app/storage/commands.py:107</extracomment>
            <translation>التحقق من سلامة البيانات</translation>
        </message>
        <message>
            <source>Données exportées dans %1 (%2, %3). Ce fichier contient des données de santé : gardez-le en lieu sûr.</source>
            <extracomment>From src/parcours_app/storage/commands.py:179</extracomment>
            <translation>تم تصدير البيانات إلى %1 (%2، %3). يحتوي هذا الملف على بيانات صحية: احفظه في مكان آمن.</translation>
        </message>
        <message>
            <source>Import terminé depuis %1 : %2, %3, %4.</source>
            <extracomment>From src/parcours_app/storage/commands.py:208</extracomment>
            <translation>اكتمل الاستيراد من %1: %2، %3، %4.</translation>
        </message>
        <message>
            <source>Le disque est plein : le fichier %1 n'a pas pu être vérifié. Cela ne veut pas dire qu'il est abîmé. Libérez de la place, puis relancez la vérification.</source>
            <extracomment>From src/parcours_app/storage/commands.py:266</extracomment>
            <translation>القرص ممتلئ: تعذّر فحص الملف ⁦%1⁩. هذا لا يعني أنه تالف. حرّر بعض المساحة، ثم أعد الفحص.</translation>
        </message>
        <message>
            <source>Le fichier %1 n'a pas pu être lu (%2). Son dossier est en lecture seule ou inaccessible : cela ne veut pas dire qu'il est abîmé. Vérifiez le dossier (disque, droits), puis relancez la vérification.</source>
            <extracomment>From src/parcours_app/storage/commands.py:273</extracomment>
            <translation>تعذّرت قراءة الملف ⁦%1⁩ (⁦%2⁩). مجلده للقراءة فقط أو يتعذّر الوصول إليه: هذا لا يعني أنه تالف. تحقّق من المجلد (القرص، الصلاحيات)، ثم أعد الفحص.</translation>
        </message>
        <message>
            <source>Le dossier %1 est en lecture seule : il a été vérifié sans être modifié.</source>
            <extracomment>From src/parcours_app/storage/commands.py:332</extracomment>
            <translation>المجلد ⁦%1⁩ للقراءة فقط: تم فحصه دون تعديله.</translation>
        </message>
        <message>
            <source>Contenu : %1, %2, %3, %4, %5, %6.</source>
            <extracomment>From src/parcours_app/storage/commands.py:356</extracomment>
            <translation>المحتوى: %1، %2، %3، %4، %5، %6.</translation>
        </message>
        <message>
            <source>Sauvegardes en bon état : %1 (dans %2)</source>
            <extracomment>From src/parcours_app/storage/commands.py:363</extracomment>
            <translation>النسخ الاحتياطية السليمة: %1 (في %2)</translation>
        </message>
        <message>
            <source>Pour restaurer la plus récente : parcours data restore %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:365</extracomment>
            <translation>لاستعادة أحدثها: parcours data restore %1</translation>
        </message>
        <message>
            <source>Impossible d'écrire dans le dossier de données %1. Vérifiez qu'il vous appartient et qu'il n'est pas en lecture seule, ou choisissez un autre dossier avec --data-dir.</source>
            <extracomment>From src/parcours_app/storage/errors.py:25</extracomment>
            <translation>تعذّرت الكتابة في مجلد البيانات %1. تحقّق من أنه ملك لك وأنه ليس للقراءة فقط، أو اختر مجلدًا آخر باستخدام --data-dir.</translation>
        </message>
        <message>
            <source>Parcours 1000 jours est déjà ouvert sur le dossier %1 (processus %2). Fermez l'autre fenêtre ou l'autre commande, puis réessayez : deux programmes qui écrivent en même temps pourraient abîmer vos données.</source>
            <extracomment>From src/parcours_app/storage/errors.py:40</extracomment>
            <translation>تطبيق Parcours 1000 jours مفتوح من قبل على المجلد %1 (العملية %2). أغلق النافذة الأخرى أو الأمر الآخر، ثم أعد المحاولة: برنامجان يكتبان في الوقت نفسه قد يُتلفان بياناتك.</translation>
        </message>
        <message>
            <source>Le fichier %1 a été enregistré par une version plus récente de Parcours 1000 jours (schéma %2). Installez cette version plus récente pour l'ouvrir. Le fichier n'a pas été modifié.</source>
            <extracomment>From src/parcours_app/storage/errors.py:57</extracomment>
            <translation>حُفظ الملف %1 بواسطة إصدار أحدث من Parcours 1000 jours (المخطط %2). ثبّت هذا الإصدار الأحدث لفتحه. لم يُعدَّل الملف.</translation>
        </message>
        <message>
            <source>Le fichier %1 n'est pas une base de données de Parcours 1000 jours. Il n'a pas été modifié ; choisissez un autre dossier de données avec --data-dir.</source>
            <extracomment>From src/parcours_app/storage/errors.py:73</extracomment>
            <translation>الملف %1 ليس قاعدة بيانات لتطبيق Parcours 1000 jours. لم يُعدَّل؛ اختر مجلد بيانات آخر باستخدام --data-dir.</translation>
        </message>
        <message>
            <source>Le fichier de données était abîmé (%1). Il a été mis de côté dans %2 sans être effacé. La dernière sauvegarde en bon état date du %3 : vous pouvez la restaurer.</source>
            <extracomment>From src/parcours_app/storage/errors.py:88</extracomment>
            <translation>كان ملف البيانات تالفًا (%1). وُضع جانبًا في %2 دون أن يُمسح. آخر نسخة احتياطية سليمة تعود إلى %3: يمكنك استعادتها.</translation>
        </message>
        <message>
            <source>Le fichier de données était abîmé (%1). Il a été mis de côté dans %2 sans être effacé. Aucune sauvegarde en bon état n'a été trouvée : Parcours repart d'un dossier vide.</source>
            <extracomment>From src/parcours_app/storage/errors.py:95</extracomment>
            <translation>كان ملف البيانات تالفًا (%1). وُضع جانبًا في %2 دون أن يُمسح. لم يُعثر على أي نسخة احتياطية سليمة: يبدأ التطبيق من مجلد فارغ.</translation>
        </message>
        <message>
            <source>Le fichier de données est abîmé (%1). Fermez Parcours 1000 jours et rouvrez-le : le fichier sera mis de côté et une sauvegarde vous sera proposée.</source>
            <extracomment>From src/parcours_app/storage/errors.py:102</extracomment>
            <translation>ملف البيانات تالف (%1). أغلق Parcours 1000 jours وأعد فتحه: سيوضع الملف جانبًا وستُقترح عليك نسخة احتياطية.</translation>
        </message>
        <message>
            <source>Le disque est plein : la modification n'a pas été enregistrée (%1). Libérez de la place puis réessayez ; les données déjà enregistrées sont intactes.</source>
            <extracomment>From src/parcours_app/storage/errors.py:117</extracomment>
            <translation>القرص ممتلئ: لم يُحفظ التعديل (%1). أفرغ بعض المساحة ثم أعد المحاولة؛ البيانات المحفوظة من قبل سليمة.</translation>
        </message>
        <message>
            <source>Le disque est plein : Parcours 1000 jours ne peut pas ouvrir vos données (dossier %1). Rien n'a été modifié. Libérez de la place sur le disque, puis relancez Parcours.</source>
            <extracomment>From src/parcours_app/storage/errors.py:133</extracomment>
            <translation>القرص ممتلئ: لا يستطيع Parcours 1000 jours فتح بياناتك (المجلد ⁦%1⁩). لم يُغيَّر أي شيء. حرّر بعض المساحة على القرص، ثم أعد تشغيل Parcours.</translation>
        </message>
        <message>
            <source>Vos données n'ont pas pu être ouvertes (dossier %1 : %2). Rien n'a été modifié. Vérifiez le disque, puis relancez Parcours.</source>
            <extracomment>From src/parcours_app/storage/errors.py:140</extracomment>
            <translation>تعذّر فتح بياناتك (المجلد ⁦%1⁩: ⁦%2⁩). لم يُغيَّر أي شيء. تحقّق من القرص، ثم أعد تشغيل Parcours.</translation>
        </message>
        <message>
            <source>La modification n'a pas pu être enregistrée (%1). Les données déjà enregistrées sont intactes.</source>
            <extracomment>From src/parcours_app/storage/errors.py:156</extracomment>
            <translation>تعذّر حفظ التعديل (%1). البيانات المحفوظة من قبل سليمة.</translation>
        </message>
        <message>
            <source>La mise à jour du fichier %1 vers le schéma %2 a échoué (%3). Le fichier n'a pas été modifié et une copie en avait été faite avant : %4. Signalez ce problème ; en attendant, l'ancienne version de Parcours 1000 jours peut toujours l'ouvrir.</source>
            <extracomment>From src/parcours_app/storage/errors.py:170</extracomment>
            <translation>فشل تحديث الملف %1 إلى المخطط %2 (%3). لم يُعدَّل الملف، وقد أُنشئت نسخة منه من قبل: %4. أبلغ عن هذه المشكلة؛ وفي انتظار ذلك، يمكن للإصدار القديم من Parcours 1000 jours أن يفتحه دائمًا.</translation>
        </message>
        <message>
            <source>%1 ligne(s) des données contiennent une valeur impossible (%2). Le reste des données est intact : restaurez une sauvegarde, ou mettez ces lignes de côté depuis la fenêtre de Parcours.</source>
            <extracomment>From src/parcours_app/storage/errors.py:212</extracomment>
            <translation>يحتوي ⁦%1⁩ سطرًا (أسطر) من البيانات على قيمة مستحيلة (⁦%2⁩). باقي البيانات سليم: استرجع نسخة احتياطية، أو ضع هذه الأسطر جانبًا من نافذة Parcours.</translation>
        </message>
        <message>
            <source>Le dossier %1 contient déjà des données. Pour les remplacer par celles du fichier, relancez avec --replace (une sauvegarde est faite avant).</source>
            <extracomment>From src/parcours_app/storage/errors.py:236</extracomment>
            <translation>المجلد %1 يحتوي على بيانات من قبل. لاستبدالها ببيانات الملف، أعد التشغيل مع --replace (تُنشأ نسخة احتياطية قبل ذلك).</translation>
        </message>
        <message>
            <source>Aucune donnée enregistrée ici : %1 n'existe pas.</source>
            <extracomment>From src/parcours_app/storage/errors.py:248</extracomment>
            <translation>لا توجد أي بيانات محفوظة هنا: %1 غير موجود.</translation>
        </message>
        <message>
            <source>Le fichier %1 n'a pas pu être écrit (%2).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:151</extracomment>
            <translation>تعذّرت كتابة الملف %1 (%2).</translation>
        </message>
        <message>
            <source>Le fichier %1 ne peut pas être lu (%2).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:170</extracomment>
            <translation>لا يمكن قراءة الملف %1 (%2).</translation>
        </message>
        <message>
            <source>Le fichier fait %1 Mo : c'est bien plus qu'un export de Parcours 1000 jours (au plus %2 Mo). Vérifiez que c'est le bon fichier.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:179</extracomment>
            <translation>حجم الملف %1 ميغابايت: وهذا أكبر بكثير من ملف تصدير لتطبيق Parcours 1000 jours (%2 ميغابايت على الأكثر). تحقّق من أنه الملف الصحيح.</translation>
        </message>
        <message>
            <source>Le fichier n'est pas un texte UTF-8 (octet %1) : ce n'est pas un export de Parcours.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:194</extracomment>
            <translation>الملف ليس نصًا بترميز UTF-8 (البايت %1): إنه ليس ملف تصدير لتطبيق Parcours.</translation>
        </message>
        <message>
            <source>Le fichier n'est pas du JSON valide (ligne %1, colonne %2 : %3). Il est peut-être tronqué ou abîmé : refaites l'export.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:204</extracomment>
            <translation>الملف ليس بصيغة JSON صالحة (السطر %1، العمود %2: %3). ربما يكون مبتورًا أو تالفًا: أعد التصدير.</translation>
        </message>
        <message>
            <source>Le fichier contient un nombre bien trop long pour être un export de Parcours.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:213</extracomment>
            <translation>يحتوي الملف على رقم أطول بكثير من أن يكون تصديرًا من Parcours.</translation>
        </message>
        <message>
            <source>Le fichier est imbriqué trop profondément pour être un export de Parcours.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:224</extracomment>
            <translation>بنية الملف متداخلة بعمق كبير جدًا بحيث لا يمكن أن يكون ملف تصدير لتطبيق Parcours.</translation>
        </message>
        <message>
            <source>La clé « %1 » apparaît deux fois dans un même objet du fichier.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:232</extracomment>
            <translation>المفتاح «%1» يظهر مرتين في الكائن نفسه داخل الملف.</translation>
        </message>
        <message>
            <source>Le fichier contient la valeur %1, qui n'est pas un nombre.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:249</extracomment>
            <translation>يحتوي الملف على القيمة %1، وهي ليست عددًا.</translation>
        </message>
        <message>
            <source>Ce fichier n'est pas un export de Parcours 1000 jours (le champ « format » doit valoir « %1 »).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:255</extracomment>
            <translation>هذا الملف ليس ملف تصدير لتطبيق Parcours 1000 jours (يجب أن تكون قيمة الحقل «format» هي «%1»).</translation>
        </message>
        <message>
            <source>Ce fichier est au format de données version %1, que cette version de Parcours 1000 jours ne sait pas lire (elle lit la version %2). Installez une version plus récente de Parcours.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:264</extracomment>
            <translation>هذا الملف بصيغة البيانات رقم %1، التي لا يستطيع هذا الإصدار من Parcours 1000 jours قراءتها (فهو يقرأ الصيغة %2). ثبّت إصدارًا أحدث من Parcours.</translation>
        </message>
        <message>
            <source>%1 : une liste de %2 réponses est attendue.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:422</extracomment>
            <translation>%1: المنتظَر قائمة إجابات عددها %2.</translation>
        </message>
        <message>
            <source>%1 : le total %2 ne correspond pas à la somme des réponses (%3).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:429</extracomment>
            <translation>%1: المجموع %2 لا يطابق مجموع الإجابات (%3).</translation>
        </message>
        <message>
            <source>%1 : textes traduits illisibles.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:461</extracomment>
            <translation>%1: تتعذّر قراءة النصوص المترجمة.</translation>
        </message>
        <message>
            <source>%1 : la fin d'une période ne peut pas précéder son début.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:481</extracomment>
            <translation>%1: لا يمكن أن تسبق نهاية الفترة بدايتها.</translation>
        </message>
        <message>
            <source>%1 : la valeur %2 apparaît deux fois.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:496</extracomment>
            <translation>%1: القيمة %2 تظهر مرتين.</translation>
        </message>
        <message>
            <source>%1 : un objet { … } est attendu, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:48; src/parcours_app/storage/transfer.py:512</extracomment>
            <translation>%1: المنتظَر كائن { … }، وليس %2.</translation>
        </message>
        <message>
            <source>%1 : champ obligatoire manquant.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:524; src/parcours_app/storage/transfer.py:533</extracomment>
            <translation>%1: حقل إلزامي ناقص.</translation>
        </message>
        <message>
            <source>%1 : ne peut pas être vide.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:547</extracomment>
            <translation>%1: لا يمكن أن يكون فارغًا.</translation>
        </message>
        <message>
            <source>%1 : true ou false est attendu, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:565</extracomment>
            <translation>%1: المنتظَر true أو false، وليس %2.</translation>
        </message>
        <message>
            <source>%1 : une date et une heure au format AAAA-MM-JJTHH:MM:SS sont attendues, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:586</extracomment>
            <translation>%1: المنتظَر تاريخ وساعة بالصيغة YYYY-MM-DDTHH:MM:SS (السنة-الشهر-اليومTالساعة:الدقيقة:الثانية)، وليس %2.</translation>
        </message>
        <message>
            <source>%1 : %2 n'est pas une date et une heure qui existent.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:596</extracomment>
            <translation>%1: %2 ليس تاريخًا وساعة موجودين.</translation>
        </message>
        <message>
            <source>%1 : une liste [ … ] est attendue, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:47</extracomment>
            <translation>%1: المنتظَر قائمة [ … ]، وليس %2.</translation>
        </message>
        <message>
            <source>%1 : %2 éléments, c'est trop (au plus %3).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:617</extracomment>
            <translation>%1: %2 عنصرًا، وهذا كثير جدًا (%3 على الأكثر).</translation>
        </message>
        <message>
            <source>%1 : champ inconnu. Le fichier vient peut-être d'une autre application ou a été modifié.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:638</extracomment>
            <translation>%1: حقل غير معروف. ربما يأتي الملف من تطبيق آخر أو تم تعديله.</translation>
        </message>
        <message>
            <source>%1 : un texte entre guillemets est attendu, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:649</extracomment>
            <translation>%1: المنتظَر نص بين علامتي تنصيص، وليس %2.</translation>
        </message>
        <message>
            <source>%1 : texte trop long (%2 caractères, au plus %3).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:652</extracomment>
            <translation>%1: النص طويل جدًا (%2 حرفًا، %3 على الأكثر).</translation>
        </message>
        <message>
            <source>%1 : le texte contient un caractère nul.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:656</extracomment>
            <translation>%1: يحتوي النص على حرف فارغ (null).</translation>
        </message>
        <message>
            <source>%1 : le texte contient un caractère invalide (U+%2) : ce n'est pas un export de Parcours intact.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:661</extracomment>
            <translation>⁦%1⁩: يحتوي النص على حرف غير صالح (⁦U+%2⁩): هذا ليس تصديرًا سليمًا من Parcours.</translation>
        </message>
        <message>
            <source>%1 : un nombre entier entre %2 et %3 est attendu, pas %4.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:674</extracomment>
            <translation>%1: المنتظَر عدد صحيح بين %2 و%3، وليس %4.</translation>
        </message>
        <message>
            <source>%1 : une date au format AAAA-MM-JJ est attendue, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:686</extracomment>
            <translation>%1: المنتظَر تاريخ بالصيغة YYYY-MM-DD (السنة-الشهر-اليوم)، وليس %2.</translation>
        </message>
        <message>
            <source>%1 : la date %2 n'existe pas.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:690</extracomment>
            <translation>%1: التاريخ %2 غير موجود.</translation>
        </message>
        <message>
            <source>%1 : la date %2 est hors de la période acceptée (du %3 au %4).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:698</extracomment>
            <translation>%1: التاريخ %2 خارج الفترة المقبولة (من %3 إلى %4).</translation>
        </message>
        <message>
            <source>%1 : valeur inconnue %2 (valeurs possibles : %3).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:709</extracomment>
            <translation>%1: قيمة غير معروفة %2 (القيم الممكنة: %3).</translation>
        </message>
    </context>
    <context>
        <name>styles</name>
        <message>
            <source>Sombre</source>
            <extracomment>From resources/styles/dark.toml: label</extracomment>
            <translation>داكن</translation>
        </message>
        <message>
            <source>Contraste élevé</source>
            <extracomment>From resources/styles/high-contrast.toml: label</extracomment>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>Clair</source>
            <extracomment>From resources/styles/light.toml: label</extracomment>
            <translation>فاتح</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <source>Le total %1 de l'auto-test ne correspond pas à la somme de ses réponses (%2).</source>
            <extracomment>From src/parcours_app/core/validation.py:92</extracomment>
            <translation>المجموع ⁦%1⁩ للاختبار الذاتي لا يطابق مجموع إجاباته (⁦%2⁩).</translation>
        </message>
        <message>
            <source>Le niveau « %1 » de l'auto-test ne correspond pas à son total %2 (niveau attendu : « %3 »).</source>
            <extracomment>From src/parcours_app/core/validation.py:100</extracomment>
            <translation>المستوى «⁦%1⁩» للاختبار الذاتي لا يطابق مجموعه ⁦%2⁩ (المستوى المتوقَّع: «⁦%3⁩»).</translation>
        </message>
        <message>
            <source>Ce texte est trop long (%1 caractères, au plus %2).</source>
            <extracomment>From src/parcours_app/core/validation.py:111</extracomment>
            <translation>هذا النص طويل جدًا (⁦%1⁩ حرفًا، والحد الأقصى ⁦%2⁩).</translation>
        </message>
        <message>
            <source>Une étape suivie n'a pas d'identifiant valide.</source>
            <extracomment>From src/parcours_app/core/validation.py:116</extracomment>
            <translation>خطوة متابَعة ليس لها معرّف صالح.</translation>
        </message>
        <message>
            <source>La durée d'un rendez-vous doit être comprise entre 0 et %1 minutes (vous avez indiqué %2).</source>
            <extracomment>From src/parcours_app/core/validation.py:126</extracomment>
            <translation>يجب أن تكون مدة الموعد بين ⁦0⁩ و⁦%1⁩ دقيقة (أدخلت ⁦%2⁩).</translation>
        </message>
        <message>
            <source>Un réglage n'a pas de nom valide.</source>
            <extracomment>From src/parcours_app/core/validation.py:139</extracomment>
            <translation>أحد الإعدادات ليس له اسم صالح.</translation>
        </message>
        <message>
            <source>Le réglage « %1 » doit être une liste d'au plus %2 textes courts.</source>
            <extracomment>From src/parcours_app/core/validation.py:146</extracomment>
            <translation>يجب أن يكون الإعداد «⁦%1⁩» قائمة من ⁦%2⁩ نصًا قصيرًا على الأكثر.</translation>
        </message>
    </context>
</TS>
