<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>About</name>
        <message>
            <source>The licence texts are missing from this installation.</source>
            <translation>نصوص التراخيص غير موجودة في هذا التثبيت.</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>حول {app}</translation>
        </message>
        <message>
            <source>Chat offline with Nota AI's pruned Vicuna models.</source>
            <translation>تحدّث دون اتصال بالإنترنت مع نماذج Vicuna المُخفَّفة من Nota AI.</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>التراخيص</translation>
        </message>
    </context>
    <context>
        <name>ApiSharing</name>
        <message>
            <source>Let other apps on this computer use ShortChat</source>
            <translation>السماح للتطبيقات الأخرى على هذا الحاسوب باستخدام ShortChat</translation>
        </message>
        <message>
            <source>Address for other apps</source>
            <translation>العنوان للتطبيقات الأخرى</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>معطّل</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something unexpected went wrong ({kind}).
Details were written to the log in {folder}.</source>
            <translation>حدث خطأ غير متوقع ({kind}).
كُتبت التفاصيل في السجل في {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Rename this chat</source>
            <translation>إعادة تسمية هذه المحادثة</translation>
        </message>
        <message>
            <source>A new name for this chat:</source>
            <translation>اسم جديد لهذه المحادثة:</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>أمس</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>أقدم</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>محادثة جديدة</translation>
        </message>
        <message>
            <source>Start a new chat (Ctrl+N)</source>
            <translation>بدء محادثة جديدة (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search all chats…</source>
            <translation>البحث في كل المحادثات…</translation>
        </message>
        <message>
            <source>Search all chats</source>
            <translation>البحث في كل المحادثات</translation>
        </message>
        <message>
            <source>Chats</source>
            <translation>المحادثات</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>لم يُعثر على شيء.</translation>
        </message>
        <message>
            <source>Your chats will be listed here.</source>
            <translation>ستظهر محادثاتك هنا.</translation>
        </message>
        <message>
            <source>Chats of {day}</source>
            <translation>محادثات {day}</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>إعادة تسمية…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
    </context>
    <context>
        <name>ChatMemory</name>
        <message>
            <source>Chat memory {percent} % full</source>
            <translation>ذاكرة المحادثة ممتلئة بنسبة {percent} %</translation>
        </message>
        <message>
            <source> · the oldest are left out</source>
            <translation> · خرجت أقدم الرسائل</translation>
        </message>
        <message>
            <source> · the oldest go soon</source>
            <translation> · ستخرج أقدم الرسائل قريبًا</translation>
        </message>
        <message>
            <source>How much of what the model can keep in mind ({tokens} tokens, about {words} words) this chat uses. When it is full, the oldest messages are left out of what the model reads.</source>
            <translation>مقدار ما تستخدمه هذه المحادثة مما يستطيع النموذج تذكّره ({tokens} رمزًا، أي نحو {words} كلمة). عندما تمتلئ، تُستبعد أقدم الرسائل مما يقرؤه النموذج.</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its oldest exchange was left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>أصبحت هذه المحادثة أطول مما يستطيع النموذج تذكّره: استُبعد أقدم تبادل فيها مما قرأه النموذج لهذا الرد. تبدأ محادثة جديدة (Ctrl+N) من البداية.</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its %n oldest exchanges were left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>أصبحت هذه المحادثة أطول مما يستطيع النموذج تذكّره: استُبعدت أقدم التبادلات فيها (عددها %n) مما قرأه النموذج لهذا الرد. تبدأ محادثة جديدة (Ctrl+N) من البداية.</translation>
        </message>
        <message>
            <source>A longer chat memory (Settings → Chat memory) may also fit on this computer.</source>
            <translation>قد تتسع ذاكرة محادثة أطول (الإعدادات ← ذاكرة المحادثة) على هذا الحاسوب أيضًا.</translation>
        </message>
    </context>
    <context>
        <name>ChatPage</name>
        <message>
            <source>Ask anything. Everything stays on this computer.</source>
            <translation>اسأل عن أي شيء. يبقى كل شيء على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Editing an earlier message: Send asks it again as a new version (the old one stays, ‹ › switches between them).</source>
            <translation>تعديل رسالة سابقة: «إرسال» يطرحها من جديد كنسخة جديدة (تبقى القديمة، و‹ › للتنقل بينهما).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Stop editing and keep the message as it was (Esc)</source>
            <translation>إيقاف التعديل وإبقاء الرسالة كما كانت (Esc)</translation>
        </message>
        <message>
            <source>The reply stopped at its length limit.</source>
            <translation>توقف الرد عند حدّه الأقصى للطول.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Go on writing this reply from where it stopped (Ctrl+Shift+Enter)</source>
            <translation>متابعة كتابة هذا الرد من حيث توقف (Ctrl+Shift+Enter)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>إرسال</translation>
        </message>
        <message>
            <source>Send or stop</source>
            <translation>إرسال أو إيقاف</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>إعادة التوليد</translation>
        </message>
        <message>
            <source>Write the last reply again (Ctrl+R)</source>
            <translation>كتابة الرد الأخير من جديد (Ctrl+R)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>إيقاف الرد (Esc)</translation>
        </message>
        <message>
            <source>Send the message (Enter)</source>
            <translation>إرسال الرسالة (Enter)</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>المحادثة</translation>
        </message>
        <message>
            <source>The messages of this chat. Ctrl+Up and Ctrl+Down read the messages one by one; Alt+Down and Alt+Up move between a message's buttons; a finished reply is read out once.</source>
            <translation>رسائل هذه المحادثة. يقرأ Ctrl+السهم للأعلى وCtrl+السهم للأسفل الرسائل واحدة تلو الأخرى؛ وينتقل Alt+السهم للأسفل وAlt+السهم للأعلى بين أزرار الرسالة؛ ويُقرأ الرد المكتمل مرة واحدة.</translation>
        </message>
        <message>
            <source>{author} replied: {reply}</source>
            <translation>رد {author}: {reply}</translation>
        </message>
        <message>
            <source>Message copied</source>
            <translation>نُسخت الرسالة</translation>
        </message>
        <message>
            <source>Code copied</source>
            <translation>نُسخت الشيفرة</translation>
        </message>
        <message>
            <source>Show earlier messages</source>
            <translation>عرض الرسائل الأقدم</translation>
        </message>
        <message>
            <source>{author}, message {number} of {count}: {text}</source>
            <translation>{author}، الرسالة {number} من {count}: {text}</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Model {side}</source>
            <translation>النموذج {side}</translation>
        </message>
        <message>
            <source>Answers of model {side}</source>
            <translation>ردود النموذج {side}</translation>
        </message>
        <message>
            <source>The answers of {side} appear here.</source>
            <translation>تظهر ردود {side} هنا.</translation>
        </message>
        <message>
            <source>Speed of model {side}</source>
            <translation>سرعة النموذج {side}</translation>
        </message>
        <message>
            <source>Compare two models</source>
            <translation>مقارنة نموذجين</translation>
        </message>
        <message>
            <source>Ask both models the same question. They answer one after the other, so each gets the whole computer and the speeds are fair; follow-up questions continue both chats.</source>
            <translation>اطرح السؤال نفسه على النموذجين. يجيبان واحدًا بعد الآخر، فيحصل كل منهما على الحاسوب كله وتكون المقارنة بين السرعتين عادلة؛ وتُكمل أسئلة المتابعة المحادثتين معًا.</translation>
        </message>
        <message>
            <source>A question for both… (Enter asks)</source>
            <translation>سؤال للنموذجين… (Enter للسؤال)</translation>
        </message>
        <message>
            <source>Ask both</source>
            <translation>اسأل كليهما</translation>
        </message>
        <message>
            <source>You</source>
            <translation>أنت</translation>
        </message>
        <message>
            <source>{side} is answering ({model})…</source>
            <translation>يردّ {side} الآن ({model})…</translation>
        </message>
        <message>
            <source>Both models stay loaded: they fit in memory together.</source>
            <translation>يبقى النموذجان محمّلين: فهما يتسعان معًا في الذاكرة.</translation>
        </message>
        <message>
            <source>One model in memory at a time: they load in turn.</source>
            <translation>نموذج واحد في الذاكرة في كل مرة: يُحمّلان بالتناوب.</translation>
        </message>
        <message>
            <source>One of them answers from another computer, so both stay ready.</source>
            <translation>أحدهما يجيب من حاسوب آخر، لذا يبقى كلاهما جاهزًا.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <source>A</source>
            <translation>أ</translation>
        </message>
        <message>
            <source>B</source>
            <translation>ب</translation>
        </message>
        <message>
            <source>{count} tokens</source>
            <translation>{count} رمز</translation>
        </message>
        <message>
            <source>{seconds} s in all, loading included</source>
            <translation>{seconds} ث إجمالًا، مع التحميل</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>أُوقف</translation>
        </message>
        <message>
            <source>Writing: {rate} tokens/s (after the first token, which is what the verdict compares). First token after {seconds} s (reading the prompt, {count} tokens).</source>
            <translation>الكتابة: {rate} رمز/ث (بعد الرمز الأول، وهو ما يقارنه الحكم). الرمز الأول بعد {seconds} ث (قراءة الطلب، {count} رمزًا).</translation>
        </message>
        <message>
            <source>The answers are too short to tell which writes faster (under {count} tokens): ask for a longer one.</source>
            <translation>الردود أقصر من أن تبيّن أيهما يكتب أسرع (أقل من {count} رمزًا): اطلب ردًا أطول.</translation>
        </message>
        <message>
            <source>They wrote about as fast as each other (the difference is within measuring noise).</source>
            <translation>كتبا بسرعة متقاربة تقريبًا (الفرق ضمن هامش القياس).</translation>
        </message>
        <message>
            <source>{name} wrote faster: {faster} against {slower}, {ratio} times as fast.</source>
            <translation>كتب {name} أسرع: {faster} مقابل {slower}، أي أسرع بـ {ratio} مرة.</translation>
        </message>
        <message>
            <source>{name}: {rate} tokens/s</source>
            <translation>{name}: {rate} رمز/ث</translation>
        </message>
        <message>
            <source>Writing speed after the first token ({rates}). Loading and reading the prompt are left out; a difference under {share} is noise, and answers under {count} tokens are too short to measure.</source>
            <translation>سرعة الكتابة بعد الرمز الأول ({rates}). لا يُحتسب التحميل وقراءة الطلب؛ والفرق الأقل من {share} ضجيج، والردود الأقل من {count} رمزًا أقصر من أن تُقاس.</translation>
        </message>
    </context>
    <context>
        <name>Conversation</name>
        <message>
            <source>Your message was not sent. {reason}</source>
            <translation>لم تُرسل رسالتك. {reason}</translation>
        </message>
        <message>
            <source>You</source>
            <translation>أنت</translation>
        </message>
        <message>
            <source>The reply will start as soon as the model is loaded.</source>
            <translation>سيبدأ الرد حالما يكتمل تحميل النموذج.</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>اختر نموذجًا أولًا.</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>المساعد</translation>
        </message>
        <message>
            <source>Reading the chat… {percent} %</source>
            <translation>جارٍ قراءة المحادثة… {percent} %</translation>
        </message>
        <message>
            <source>{speed} tokens/s · {count} tokens</source>
            <translation>{speed} رمز/ث · {count} رمز</translation>
        </message>
        <message>
            <source> · stopped at the length limit</source>
            <translation> · توقف عند حد الطول</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>لم يكتمل</translation>
        </message>
        <message>
            <source>Stop the reply first (Esc).</source>
            <translation>أوقف الرد أولًا (Esc).</translation>
        </message>
        <message>
            <source>Wait for the reply to end, or stop it (Esc).</source>
            <translation>انتظر حتى ينتهي الرد، أو أوقفه (Esc).</translation>
        </message>
        <message>
            <source>There is no chat to export yet.</source>
            <translation>لا توجد محادثة للتصدير بعد.</translation>
        </message>
        <message>
            <source>Export the chat</source>
            <translation>تصدير المحادثة</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The chat could not be saved there: {reason}.</source>
            <translation>تعذّر حفظ المحادثة هناك: {reason}.</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>حُفظ {file}</translation>
        </message>
        <message>
            <source>The whole chat was copied</source>
            <translation>نُسخت المحادثة كاملة</translation>
        </message>
        <message>
            <source>Reply copied</source>
            <translation>نُسخ الرد</translation>
        </message>
    </context>
    <context>
        <name>Download</name>
        <message>
            <source>You are offline (the model hub could not be reached); downloaded models still work. Connect to the internet to download new ones.</source>
            <translation>أنت غير متصل (تعذّر الوصول إلى مستودع النماذج)؛ النماذج المنزّلة ما زالت تعمل. اتصل بالإنترنت لتنزيل نماذج جديدة.</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached. Your models work as usual; to download another one, connect to the internet and press Try again.</source>
            <translation>أنت غير متصل: تعذّر الوصول إلى مستودع النماذج. نماذجك تعمل كالمعتاد؛ لتنزيل نموذج آخر، اتصل بالإنترنت واضغط «أعد المحاولة».</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached, and no model is on this computer yet. Connect to the internet and press Try again, or use “Add a file from disk…” for a model file you already have.</source>
            <translation>أنت غير متصل: تعذّر الوصول إلى مستودع النماذج، ولا يوجد نموذج على هذا الحاسوب بعد. اتصل بالإنترنت واضغط «أعد المحاولة»، أو استخدم «إضافة ملف من القرص…» لملف نموذج لديك بالفعل.</translation>
        </message>
        <message>
            <source>Another ShortChat is downloading {name} right now; waiting for it to finish…</source>
            <translation>يقوم ShortChat آخر بتنزيل {name} الآن؛ بانتظار انتهائه…</translation>
        </message>
        <message>
            <source>The partly downloaded {file} disappeared from the models folder. Please download it again.</source>
            <translation>اختفى الملف {file} المنزّل جزئيًا من مجلد النماذج. يُرجى تنزيله مرة أخرى.</translation>
        </message>
        <message>
            <source>The downloaded {file} is damaged (its checksum does not match the hub's), so it was deleted. Please download it again.</source>
            <translation>الملف {file} المنزّل تالف (مجموعه الاختباري لا يطابق ما في المستودع)، لذا حُذف. يُرجى تنزيله مرة أخرى.</translation>
        </message>
        <message>
            <source>The connection was lost at {done} of {total}. Try again later: the download will continue from there.</source>
            <translation>انقطع الاتصال عند {done} من {total}. حاول لاحقًا: سيُستأنف التنزيل من هناك.</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in a moment (attempt {attempt} of {attempts}).</source>
            <translation>توقف الاتصال بمستودع النماذج عند {done} من {total}؛ ستُعاد المحاولة بعد لحظة (المحاولة {attempt} من {attempts}).</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in {pause} (attempt {attempt} of {attempts}).</source>
            <translation>توقف الاتصال بمستودع النماذج عند {done} من {total}؛ ستُعاد المحاولة بعد {pause} (المحاولة {attempt} من {attempts}).</translation>
        </message>
        <message>
            <source>Not enough disk space for {file}: it needs {needed} free (with a little room to spare), but only {free} is free. Free some space, or choose a smaller model.</source>
            <translation>لا توجد مساحة كافية على القرص لـ {file}: يحتاج إلى {needed} من المساحة الحرة (مع هامش صغير)، لكن المتاح {free} فقط. أفرغ بعض المساحة أو اختر نموذجًا أصغر.</translation>
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <source>Asking the model hub…</source>
            <translation>جارٍ سؤال مستودع النماذج…</translation>
        </message>
        <message>
            <source>Checking what was already downloaded… {share}</source>
            <translation>جارٍ فحص ما نُزّل من قبل… {share}</translation>
        </message>
        <message>
            <source>Verifying the file…</source>
            <translation>جارٍ التحقق من الملف…</translation>
        </message>
        <message>
            <source>Downloaded and verified ✓</source>
            <translation>نُزّل وتم التحقق منه ✓</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} من {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <translation>{size}/ث</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>متبقٍّ {time}</translation>
        </message>
        <message>
            <source>Download of {model}</source>
            <translation>تنزيل {model}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <source>Stop downloading {model}</source>
            <translation>إيقاف تنزيل {model}</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove from this list (and delete what was downloaded of an unfinished file)</source>
            <translation>إزالة من هذه القائمة (وحذف ما نُزّل من ملف لم يكتمل)</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <source>No data for {seconds} s · retrying</source>
            <translation>لا بيانات منذ {seconds} ث · جارٍ إعادة المحاولة</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>التنزيلات</translation>
        </message>
        <message>
            <source>Stopped at {share}: press Continue to finish it.</source>
            <translation>توقّف عند {share}: اضغط «متابعة» لإكماله.</translation>
        </message>
        <message>
            <source>Waiting for the download before it…</source>
            <translation>بانتظار التنزيل الذي قبله…</translation>
        </message>
        <message>
            <source>Stopped before it began.</source>
            <translation>توقّف قبل أن يبدأ.</translation>
        </message>
        <message>
            <source>Stopped. Press Continue to go on from where it stopped.</source>
            <translation>توقّف. اضغط «متابعة» للاستئناف من حيث توقّف.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>There is no reply to write again yet.</source>
            <translation>لا يوجد رد يمكن إعادة توليده بعد.</translation>
        </message>
        <message>
            <source>Only your own messages in this chat can be edited.</source>
            <translation>لا يمكنك في هذه المحادثة تعديل سوى رسائلك أنت.</translation>
        </message>
        <message>
            <source>There is no reply to continue.</source>
            <translation>لا يوجد رد لمتابعته.</translation>
        </message>
        <message>
            <source>No model is loaded. Choose a model first.</source>
            <translation>لم يُحمَّل أي نموذج. اختر نموذجًا أولًا.</translation>
        </message>
        <message>
            <source>another ShortChat (or another program) kept the chat history busy for over {seconds} s</source>
            <translation>أبقى ShortChat آخر (أو برنامج آخر) سجلَّ المحادثات مشغولًا لأكثر من {seconds} ث</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>القرص ممتلئ</translation>
        </message>
        <message>
            <source>the chat history's folder cannot be written</source>
            <translation>تتعذّر الكتابة في مجلد سجل المحادثات</translation>
        </message>
        <message>
            <source>the disk could not be written or read (a disk error)</source>
            <translation>تعذّرت القراءة من القرص أو الكتابة عليه (خطأ في القرص)</translation>
        </message>
        <message>
            <source>the chat history file is damaged (ShortChat repairs it when it starts next)</source>
            <translation>ملف سجل المحادثات تالف (سيُصلحه ShortChat عند بدئه في المرة القادمة)</translation>
        </message>
        <message>
            <source>the chat history refused it ({why})</source>
            <translation>رفض سجل المحادثات العملية ({why})</translation>
        </message>
        <message>
            <source>The chat history's folder cannot be created ({why}).</source>
            <translation>يتعذّر إنشاء مجلد سجل المحادثات ({why}).</translation>
        </message>
        <message>
            <source>The chat history could not be opened: {why}.</source>
            <translation>تعذّر فتح سجل المحادثات: {why}.</translation>
        </message>
        <message>
            <source>The chat history was written by a newer ShortChat. Update ShortChat to open it (nothing was changed).</source>
            <translation>كُتب سجل المحادثات بإصدار أحدث من ShortChat. حدّث ShortChat لتتمكن من فتحه (لم يُغيَّر شيء).</translation>
        </message>
        <message>
            <source>The chat history file was damaged. {saved} of {total} messages were recovered into a new file; the damaged one was kept as {name}.</source>
            <translation>كان ملف سجل المحادثات تالفًا. استُعيدت {saved} من أصل {total} رسالة في ملف جديد، واحتُفظ بالملف التالف باسم {name}.</translation>
        </message>
        <message>
            <source>The chat history file could not be read ({why}); it was kept as {name} and a new one started.</source>
            <translation>تعذّرت قراءة ملف سجل المحادثات ({why})؛ احتُفظ به باسم {name} وأُنشئ ملف جديد.</translation>
        </message>
        <message>
            <source>This was not saved: {why}. Try again in a moment.</source>
            <translation>لم يُحفظ هذا: {why}. حاول مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <source>That chat no longer exists.</source>
            <translation>لم تعد تلك المحادثة موجودة.</translation>
        </message>
        <message>
            <source>That message could not be read.</source>
            <translation>تعذّرت قراءة تلك الرسالة.</translation>
        </message>
        <message>
            <source>A damaged message was set aside ({why}); the rest of the chat is shown.</source>
            <translation>نُحّيت رسالة تالفة جانبًا ({why})؛ ويُعرض باقي المحادثة.</translation>
        </message>
        <message>
            <source>Until that is fixed, new chats are kept only while ShortChat is open.</source>
            <translation>إلى أن تُحل هذه المشكلة، لن تُحفظ المحادثات الجديدة إلا ما دام ShortChat مفتوحًا.</translation>
        </message>
        <message>
            <source>Your earlier chat is shown, but changes to it are not kept.</source>
            <translation>تُعرض محادثتك السابقة، لكن التغييرات عليها لن تُحفظ.</translation>
        </message>
        <message>
            <source>Your {count} earlier chats are shown, but changes to them are not kept.</source>
            <translation>تُعرض محادثاتك السابقة (عددها {count})، لكن التغييرات عليها لن تُحفظ.</translation>
        </message>
        <message>
            <source>llama.cpp crashed (segmentation fault)</source>
            <translation>تعطّل llama.cpp (خطأ تجزئة الذاكرة)</translation>
        </message>
        <message>
            <source>llama.cpp could not read the model file any more (was it moved or changed?)</source>
            <translation>لم يعد llama.cpp قادرًا على قراءة ملف النموذج (هل نُقل الملف أو تغيّر؟)</translation>
        </message>
        <message>
            <source>llama.cpp crashed on bad numbers in the model file</source>
            <translation>تعطّل llama.cpp بسبب أرقام غير صالحة في ملف النموذج</translation>
        </message>
        <message>
            <source>llama.cpp used a processor instruction this computer does not have</source>
            <translation>استخدم llama.cpp أمرًا لا يدعمه معالج هذا الحاسوب</translation>
        </message>
        <message>
            <source>llama.cpp stopped itself</source>
            <translation>أوقف llama.cpp نفسه</translation>
        </message>
        <message>
            <source>it was asked to stop by another program</source>
            <translation>طلب منه برنامج آخر أن يتوقف</translation>
        </message>
        <message>
            <source>it was stopped by the system because the computer ran out of memory</source>
            <translation>أوقفه النظام لأن ذاكرة الحاسوب نفدت</translation>
        </message>
        <message>
            <source>it was stopped by the system or by another program</source>
            <translation>أوقفه النظام أو برنامج آخر</translation>
        </message>
        <message>
            <source>it stopped responding, so ShortChat ended it</source>
            <translation>توقف عن الاستجابة، فأنهاه ShortChat</translation>
        </message>
        <message>
            <source>it could not get enough memory</source>
            <translation>لم يتمكن من الحصول على ذاكرة كافية</translation>
        </message>
        <message>
            <source>an internal check failed</source>
            <translation>فشل فحص داخلي</translation>
        </message>
        <message>
            <source>The model stopped unexpectedly: {reason}. Your conversation is safe; load the model again to continue.</source>
            <translation>توقف النموذج على نحو غير متوقع: {reason}. محادثتك في أمان؛ حمّل النموذج من جديد للمتابعة.</translation>
        </message>
        <message>
            <source>it was ended by {signal}</source>
            <translation>أُنهي بالإشارة {signal}</translation>
        </message>
        <message>
            <source>it stopped responding</source>
            <translation>توقف عن الاستجابة</translation>
        </message>
        <message>
            <source>it exited with code {code}</source>
            <translation>انتهى برمز الخروج {code}</translation>
        </message>
        <message>
            <source>{reason} ({cause})</source>
            <translation>{reason} ({cause})</translation>
        </message>
        <message>
            <source>{name} did not fit in this computer's memory: {reason}.</source>
            <translation>لم يتسع النموذج {name} في ذاكرة هذا الحاسوب: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be loaded: {reason}. The file may be damaged, or too large for this computer.</source>
            <translation>تعذّر تحميل {name}: {reason}. ربما يكون الملف تالفًا، أو أكبر من أن يتسع له هذا الحاسوب.</translation>
        </message>
        <message>
            <source>The model is still busy with the previous request.</source>
            <translation>ما زال النموذج مشغولًا بالطلب السابق.</translation>
        </message>
        <message>
            <source>Stopped because ShortChat is closing.</source>
            <translation>توقّف لأن ShortChat قيد الإغلاق.</translation>
        </message>
        <message>
            <source>There was not enough memory to finish this. Close other programs, or choose a smaller model.</source>
            <translation>لم تكفِ الذاكرة لإتمام ذلك. أغلق برامج أخرى، أو اختر نموذجًا أصغر.</translation>
        </message>
        <message>
            <source>Something went wrong inside llama.cpp while it was working; the details are in the log ({log}).</source>
            <translation>حدث خطأ داخل llama.cpp في أثناء عمله؛ التفاصيل في السجل ({log}).</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model, which this version of ShortChat cannot run.</source>
            <translation>النموذج {name} من نوع «{arch}»، ولا يستطيع هذا الإصدار من ShortChat تشغيله.</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged. If you downloaded it, download it again.</source>
            <translation>الملف {name} غير مكتمل أو تالف. إن كنت قد نزّلته، فنزّله مرة أخرى.</translation>
        </message>
        <message>
            <source>There is not enough memory to load {name}. Close other programs or choose a smaller model.</source>
            <translation>لا توجد ذاكرة كافية لتحميل {name}. أغلق برامج أخرى، أو اختر نموذجًا أصغر.</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program (llama.cpp said: {cause}).</source>
            <translation>تعذّر تحميل {name}: ربما يكون تالفًا أو مصنوعًا لبرنامج آخر (رسالة llama.cpp: {cause}).</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program.</source>
            <translation>تعذّر تحميل {name}: ربما يكون تالفًا أو مصنوعًا لبرنامج آخر.</translation>
        </message>
        <message>
            <source>llama.cpp found no way to run models on this computer (no CPU backend was found).</source>
            <translation>لم يجد llama.cpp طريقة لتشغيل النماذج على هذا الحاسوب (لم يُعثر على وحدة التشغيل الخاصة بالمعالج «CPU backend»).</translation>
        </message>
        <message>
            <source>The reply length ({reply_tokens} tokens) leaves no room in the model's context of {n_ctx} tokens. Choose a shorter reply length.</source>
            <translation>طول الرد ({reply_tokens} رمزًا) لا يترك أي مساحة في ذاكرة محادثة النموذج البالغة {n_ctx} رمزًا. اختر طولًا أقصر للرد.</translation>
        </message>
        <message>
            <source>This message is too long for the model: with the instructions it needs {count} tokens, but only {budget} fit beside a reply of {reply_tokens} tokens. Shorten the message, or choose a longer context or a shorter reply in the settings.</source>
            <translation>هذه الرسالة أطول مما يحتمله النموذج: تحتاج مع التعليمات إلى {count} رمزًا، لكن لا يتسع سوى {budget} رمزًا إلى جانب رد من {reply_tokens} رمزًا. اختصر الرسالة، أو اختر في الإعدادات ذاكرة محادثة أطول أو ردًا أقصر.</translation>
        </message>
        <message>
            <source>Refused to download a file with an unsafe name: {name}.</source>
            <translation>رُفض تنزيل ملف اسمه غير آمن: {name}.</translation>
        </message>
        <message>
            <source>{file} is not (or no longer) published in {repo}.</source>
            <translation>الملف {file} غير منشور في {repo} (أو لم يعد منشورًا).</translation>
        </message>
        <message>
            <source>The hub gives no checksum for {file}, so it cannot be verified.</source>
            <translation>لا يقدّم المستودع مجموعًا اختباريًا للملف {file}، لذا لا يمكن التحقق منه.</translation>
        </message>
        <message>
            <source>{repo} is not published on the model hub.</source>
            <translation>لم يُنشر {repo} على مستودع النماذج.</translation>
        </message>
        <message>
            <source>The model hub gave an answer ShortChat does not understand ({why}).</source>
            <translation>تلقّى ShortChat من مستودع النماذج جوابًا لا يفهمه ({why}).</translation>
        </message>
        <message>
            <source>Stopped waiting; the other ShortChat is still downloading {name}.</source>
            <translation>أُوقف الانتظار؛ ما زال ShortChat الآخر يُنزّل {name}.</translation>
        </message>
        <message>
            <source>The download was stopped. It will continue from here next time.</source>
            <translation>أُوقف التنزيل. سيُستأنف من هنا في المرة القادمة.</translation>
        </message>
        <message>
            <source>The download of {file} failed: {why}</source>
            <translation>فشل تنزيل {file}: {why}</translation>
        </message>
        <message>
            <source>{file} changed on the model hub while it was downloading. Try again to download the new version.</source>
            <translation>تغيّر الملف {file} على مستودع النماذج في أثناء تنزيله. أعد المحاولة لتنزيل النسخة الجديدة.</translation>
        </message>
        <message>
            <source>The download was stopped while its file was being checked.</source>
            <translation>أُوقف التنزيل في أثناء التحقق من ملفه.</translation>
        </message>
        <message>
            <source>context length</source>
            <translation>طول السياق</translation>
        </message>
        <message>
            <source>layer count</source>
            <translation>عدد الطبقات</translation>
        </message>
        <message>
            <source>embedding size</source>
            <translation>حجم التضمين</translation>
        </message>
        <message>
            <source>attention head count</source>
            <translation>عدد رؤوس الانتباه</translation>
        </message>
        <message>
            <source>feed-forward size</source>
            <translation>حجم طبقة التغذية الأمامية</translation>
        </message>
        <message>
            <source>file type</source>
            <translation>نوع الملف</translation>
        </message>
        <message>
            <source>alignment</source>
            <translation>المحاذاة</translation>
        </message>
        <message>
            <source>it does not say what kind of model it is</source>
            <translation>لا يذكر نوع النموذج الذي يحويه</translation>
        </message>
        <message>
            <source>its {words} is {value}, which no model has</source>
            <translation>قيمة {words} فيه {value}، ولا يوجد نموذج بهذه القيمة</translation>
        </message>
        <message>
            <source>its vocabulary is empty or impossibly large</source>
            <translation>قائمة مفرداته فارغة أو أكبر من أن تكون صحيحة</translation>
        </message>
        <message>
            <source>it ends too early</source>
            <translation>ينتهي قبل أوانه</translation>
        </message>
        <message>
            <source>a text field has an impossible length</source>
            <translation>طول أحد الحقول النصية غير ممكن</translation>
        </message>
        <message>
            <source>an array has an impossible length</source>
            <translation>طول إحدى المصفوفات غير ممكن</translation>
        </message>
        <message>
            <source>an array has an unknown element type {element_type}</source>
            <translation>لإحدى المصفوفات نوع عناصر مجهول هو {element_type}</translation>
        </message>
        <message>
            <source>a value has an unknown type {value_type}</source>
            <translation>لإحدى القيم نوع مجهول هو {value_type}</translation>
        </message>
        <message>
            <source>a tensor has too many dimensions</source>
            <translation>لأحد الموتّرات أبعاد أكثر من اللازم</translation>
        </message>
        <message>
            <source>a tensor has a size of zero</source>
            <translation>حجم أحد الموتّرات صفر</translation>
        </message>
        <message>
            <source>a tensor's data is misplaced</source>
            <translation>بيانات أحد الموتّرات في غير موضعها</translation>
        </message>
        <message>
            <source>a tensor's size does not match its type</source>
            <translation>حجم أحد الموتّرات لا يطابق نوعه</translation>
        </message>
        <message>
            <source>{name} is a link to a file that is not there.</source>
            <translation>يشير الرابط {name} إلى ملف غير موجود.</translation>
        </message>
        <message>
            <source>There is no model file at {path}.</source>
            <translation>لا يوجد ملف نموذج في {path}.</translation>
        </message>
        <message>
            <source>{name} is a link that leads nowhere (it loops back on itself).</source>
            <translation>الرابط {name} لا يؤدي إلى أي مكان (يشير إلى نفسه في حلقة مفرغة).</translation>
        </message>
        <message>
            <source>{name} could not be read: {why}.</source>
            <translation>تعذّرت قراءة {name}: {why}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a model file.</source>
            <translation>المسار {path} مجلد، وليس ملف نموذج.</translation>
        </message>
        <message>
            <source>{name} is not a regular file (it is a pipe, a device or a socket), so it is no model.</source>
            <translation>العنصر {name} ليس ملفًا عاديًا (بل هو أنبوب أو جهاز أو مقبس)، لذا فهو ليس نموذجًا.</translation>
        </message>
        <message>
            <source>{name} is not a regular file, so it is no model.</source>
            <translation>العنصر {name} ليس ملفًا عاديًا، لذا فهو ليس نموذجًا.</translation>
        </message>
        <message>
            <source>{name} uses the old GGML format, which llama.cpp no longer reads. Download the GGUF version of this model instead.</source>
            <translation>يستخدم الملف {name} صيغة GGML القديمة التي لم يعد llama.cpp يقرؤها. نزّل نسخة GGUF من هذا النموذج بدلًا منه.</translation>
        </message>
        <message>
            <source>{name} is not a GGUF model file. ShortChat runs models in the GGUF format (files ending in .gguf).</source>
            <translation>الملف {name} ليس ملف نموذج بصيغة GGUF. يشغّل ShortChat النماذج بصيغة GGUF (الملفات ذات الامتداد ‎.gguf).</translation>
        </message>
        <message>
            <source>{name} is GGUF version {version}, which this version of ShortChat cannot read.</source>
            <translation>الملف {name} بالإصدار {version} من صيغة GGUF، ولا يستطيع هذا الإصدار من ShortChat قراءته.</translation>
        </message>
        <message>
            <source>its header counts are impossible</source>
            <translation>الأعداد في ترويسته غير ممكنة</translation>
        </message>
        <message>
            <source>a metadata key is empty</source>
            <translation>أحد مفاتيح البيانات الوصفية فارغ</translation>
        </message>
        <message>
            <source>a metadata key appears twice</source>
            <translation>أحد مفاتيح البيانات الوصفية مكرر</translation>
        </message>
        <message>
            <source>ShortChat is not allowed to read {name}.</source>
            <translation>لا يملك ShortChat إذنًا بقراءة {name}.</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete ({why}). If you downloaded it, download it again.</source>
            <translation>الملف {name} تالف أو غير مكتمل ({why}). إن كنت قد نزّلته، فنزّله مرة أخرى.</translation>
        </message>
        <message>
            <source>{name} is damaged ({why}). If you downloaded it, download it again.</source>
            <translation>الملف {name} تالف ({why}). إن كنت قد نزّلته، فنزّله مرة أخرى.</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged: it is {size} bytes long, but its model weights need {needed}. If you downloaded it, download it again; if you copied it, copy it again.</source>
            <translation>الملف {name} غير مكتمل أو تالف: حجمه {size} بايت، لكن أوزان النموذج فيه تحتاج إلى {needed}. إن كنت قد نزّلته فنزّله مرة أخرى، وإن كنت قد نسخته فانسخه مرة أخرى.</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model (used for images or search), not a chat model.</source>
            <translation>النموذج {name} من نوع «{arch}» (يُستخدم للصور أو البحث)، وليس نموذج محادثة.</translation>
        </message>
        <message>
            <source>{name} holds no model weights (it has no tensors).</source>
            <translation>لا يحتوي الملف {name} على أوزان نموذج (لا موتّرات فيه).</translation>
        </message>
        <message>
            <source>There is no model called {name}. `shortchat list` shows the models you have.</source>
            <translation>لا يوجد نموذج باسم {name}. يعرض الأمر `shortchat list` النماذج الموجودة لديك.</translation>
        </message>
        <message>
            <source>A model called {name} is already in the models folder.</source>
            <translation>يوجد بالفعل نموذج باسم {name} في مجلد النماذج.</translation>
        </message>
        <message>
            <source>Not enough disk space to copy {name}; add it as a link instead.</source>
            <translation>لا توجد مساحة كافية على القرص لنسخ {name}؛ أضفه كرابط بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>This computer has no keychain, so API keys are kept only until ShortChat closes.</source>
            <translation>لا يوجد على هذا الحاسوب مخزن آمن للمفاتيح، لذا لا تُحفظ مفاتيح API إلا حتى يُغلق ShortChat.</translation>
        </message>
        <message>
            <source>The connection to {computer} was cut off in the middle of the reply.</source>
            <translation>انقطع الاتصال بـ {computer} في منتصف الرد.</translation>
        </message>
        <message>
            <source>The server at {computer} no longer offers {model_name}.</source>
            <translation>لم يعد الخادم على {computer} يقدّم {model_name}.</translation>
        </message>
        <message>
            <source>The model at {computer} has no end-of-reply token ShortChat can use.</source>
            <translation>ليس لدى النموذج على {computer} رمز لنهاية الرد يستطيع ShortChat استخدامه.</translation>
        </message>
        <message>
            <source>No model is chosen. Choose a model first.</source>
            <translation>لم يُختر أي نموذج. اختر نموذجًا أولًا.</translation>
        </message>
        <message>
            <source>The Ollama server said: {error}</source>
            <translation>رسالة خادم Ollama: {error}</translation>
        </message>
        <message>
            <source>Give the server's address, like http://192.168.1.20:8080.</source>
            <translation>أدخل عنوان الخادم، مثل http://192.168.1.20:8080.</translation>
        </message>
        <message>
            <source>“{url}” is not a server address; give one like http://192.168.1.20:8080.</source>
            <translation>«{url}» ليس عنوان خادم؛ أدخل عنوانًا مثل http://192.168.1.20:8080.</translation>
        </message>
        <message>
            <source>The server at {computer} refused the API key; check the key in the settings.</source>
            <translation>رفض الخادم على {computer} مفتاح API؛ تحقّق من المفتاح في الإعدادات.</translation>
        </message>
        <message>
            <source>The server at {computer} is still loading its model; try again in a moment.</source>
            <translation>ما زال الخادم على {computer} يحمّل نموذجه؛ حاول مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <source>The server at {computer} does not offer this (wrong address or model name).</source>
            <translation>لا يقدّم الخادم على {computer} هذا الطلب (العنوان أو اسم النموذج خاطئ).</translation>
        </message>
        <message>
            <source>The server at {computer} answered with an error (HTTP {status}).</source>
            <translation>أعاد الخادم على {computer} خطأً (HTTP {status}).</translation>
        </message>
        <message>
            <source>The secure connection to {computer} failed: its certificate is not trusted by this computer.</source>
            <translation>فشل الاتصال الآمن بـ {computer}: هذا الحاسوب لا يثق بشهادته.</translation>
        </message>
        <message>
            <source>The server at {computer} did not answer in time.</source>
            <translation>لم يستجب الخادم على {computer} في الوقت المحدد.</translation>
        </message>
        <message>
            <source>Cannot reach the server at {computer}: is it running, and is the address right?</source>
            <translation>يتعذّر الوصول إلى الخادم على {computer}: هل هو قيد التشغيل، وهل العنوان صحيح؟</translation>
        </message>
        <message>
            <source>The server at {computer} could not be used ({kind}).</source>
            <translation>تعذّر استخدام الخادم على {computer} ({kind}).</translation>
        </message>
        <message>
            <source>The server at {computer} is not one ShortChat can talk to.</source>
            <translation>الخادم على {computer} ليس من الخوادم التي يستطيع ShortChat التواصل معها.</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used for now.</source>
            <translation>تعذّرت قراءة ملف الإعدادات ({why})؛ تُستخدم القيم الافتراضية مؤقتًا.</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used (the old file: {kept}).</source>
            <translation>تعذّرت قراءة ملف الإعدادات ({why})؛ تُستخدم القيم الافتراضية (الملف القديم: {kept}).</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used.</source>
            <translation>تعذّرت قراءة ملف الإعدادات ({why})؛ تُستخدم القيم الافتراضية.</translation>
        </message>
        <message>
            <source>The setting {name} had a value ShortChat cannot use; it is back to its default.</source>
            <translation>كانت للإعداد {name} قيمة لا يستطيع ShortChat استخدامها؛ فأُعيد إلى قيمته الافتراضية.</translation>
        </message>
        <message>
            <source>The settings could not be saved in {parent} ({why}); they stay as they are until ShortChat closes.</source>
            <translation>تعذّر حفظ الإعدادات في {parent} ({why})؛ ستبقى كما هي إلى أن يُغلق ShortChat.</translation>
        </message>
    </context>
    <context>
        <name>ExampleQuestions</name>
        <message>
            <source>Example questions</source>
            <translation>أمثلة على الأسئلة</translation>
        </message>
        <message>
            <source>Not sure where to start? Try one of these:</source>
            <translation>لا تعرف من أين تبدأ؟ جرّب أحد هذه الأسئلة:</translation>
        </message>
        <message>
            <source>These models answer best in English; questions in other languages get weaker replies.</source>
            <translation>تجيب هذه النماذج أفضل ما تجيب بالإنجليزية؛ الأسئلة بلغات أخرى تلقى ردودًا أضعف.</translation>
        </message>
        <message>
            <source>Ask this question</source>
            <translation>اطرح هذا السؤال</translation>
        </message>
        <message>
            <source>Ask: {question}</source>
            <translation>اسأل: {question}</translation>
        </message>
    </context>
    <context>
        <name>Fit</name>
        <message>
            <source>Fits easily</source>
            <translation>يتسع بسهولة</translation>
        </message>
        <message>
            <source>Fits, but close the other programs</source>
            <translation>يتسع، لكن أغلق البرامج الأخرى</translation>
        </message>
        <message>
            <source>Too big for this computer</source>
            <translation>كبير جدًا على هذا الحاسوب</translation>
        </message>
        <message>
            <source>needs {size} of memory</source>
            <translation>يحتاج {size} من الذاكرة</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>يحتاج نحو {size} من الذاكرة</translation>
        </message>
        <message>
            <source> and {size} on the GPU ({layers} layers)</source>
            <translation> و{size} على بطاقة الرسوميات ({layers} طبقة)</translation>
        </message>
        <message>
            <source>; {free} of {total} is free</source>
            <translation>؛ المتاح {free} من {total}</translation>
        </message>
        <message>
            <source>Not published on the model hub yet</source>
            <translation>لم يُنشر على مستودع النماذج بعد</translation>
        </message>
        <message>
            <source> (not checked with the hub)</source>
            <translation> (لم يُتحقق منه مع المستودع)</translation>
        </message>
        <message>
            <source>Best quality that fits your {memory}: the {model} model at {quant}.</source>
            <translation>أفضل جودة تتسع في ذاكرتك البالغة {memory}: النموذج {model} بمستوى {quant}.</translation>
        </message>
        <message>
            <source>Best quality that fits</source>
            <translation>أفضل جودة تتسع</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>متوازن</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: good answers, quick to reply.</source>
            <translation>النموذج {model} بمستوى {quant}: إجابات جيدة وردود سريعة.</translation>
        </message>
        <message>
            <source>Smallest and fastest</source>
            <translation>الأصغر والأسرع</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: the least memory and the quickest download ({size}), with simpler answers.</source>
            <translation>النموذج {model} بمستوى {quant}: أقل ذاكرة وأسرع تنزيل ({size})، وإجابات أبسط.</translation>
        </message>
    </context>
    <context>
        <name>FitTable</name>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Quality level</source>
            <translation>مستوى الجودة</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>Memory needed</source>
            <translation>الذاكرة اللازمة</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>السرعة</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>التنزيل</translation>
        </message>
        <message>
            <source>Longest chat</source>
            <translation>أطول محادثة</translation>
        </message>
        <message>
            <source>Quality lost</source>
            <translation>الجودة المفقودة</translation>
        </message>
        <message>
            <source>How many billion parameters the model has: bigger models know more and need more memory.</source>
            <translation>عدد معاملات النموذج بالمليارات: النماذج الأكبر تعرف أكثر وتحتاج إلى ذاكرة أكبر.</translation>
        </message>
        <message>
            <source>Called the “quant” (e.g. Q4_K_M): how finely the model's numbers are stored. Higher levels (Q8_0) are closer to the original and need more memory; Q4_K_M is a good balance.</source>
            <translation>يُسمّى أيضًا «quant» (مثل Q4_K_M): مدى دقة تخزين أرقام النموذج. المستويات الأعلى (Q8_0) أقرب إلى الأصل وتحتاج إلى ذاكرة أكبر؛ و Q4_K_M توازن جيد.</translation>
        </message>
        <message>
            <source>How much worse than the original the answers get at this quality level (lower is better).</source>
            <translation>مقدار تراجع جودة الإجابات عن الأصل في مستوى الجودة هذا (الأقل أفضل).</translation>
        </message>
        <message>
            <source>The longest chat the model can see at once and still fit easily (a token is about ¾ of a word)</source>
            <translation>أطول محادثة يستطيع النموذج رؤيتها دفعة واحدة مع بقائها ضمن الذاكرة بسهولة (الرمز نحو ¾ كلمة)</translation>
        </message>
        <message>
            <source>How fast it writes here: estimated from this computer's memory speed, or measured once the model has been used (a word is about 1.3 tokens)</source>
            <translation>سرعة الكتابة هنا: تُقدَّر من سرعة ذاكرة هذا الحاسوب، أو تُقاس بعد استخدام النموذج (الكلمة نحو 1.3 رمز)</translation>
        </message>
        <message>
            <source>{size}, measured</source>
            <translation>{size}، مقيس</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>نحو {size}</translation>
        </message>
        <message>
            <source>almost none</source>
            <translation>شبه معدومة</translation>
        </message>
        <message>
            <source>very little</source>
            <translation>قليلة جدًا</translation>
        </message>
        <message>
            <source>a little</source>
            <translation>قليلة</translation>
        </message>
        <message>
            <source>noticeable</source>
            <translation>ملحوظة</translation>
        </message>
        <message>
            <source>a lot</source>
            <translation>كبيرة</translation>
        </message>
        <message>
            <source>Every size and quality level</source>
            <translation>كل الأحجام ومستويات الجودة</translation>
        </message>
        <message>
            <source>★ Recommended · {verdict}</source>
            <translation>★ موصى به · {verdict}</translation>
        </message>
        <message>
            <source>~{size}</source>
            <translation>نحو {size}</translation>
        </message>
        <message>
            <source>{count} tokens</source>
            <translation>{count} رمز</translation>
        </message>
        <message>
            <source>The model's makers have not published this one on the hub.</source>
            <translation>لم ينشر صانعو النموذج هذا الملف على المستودع.</translation>
        </message>
        <message>
            <source>(measured on this computer)</source>
            <translation>(مقيس على هذا الحاسوب)</translation>
        </message>
    </context>
    <context>
        <name>HubStatus</name>
        <message>
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Ask the model hub again which models are available</source>
            <translation>اسأل مستودع النماذج مجددًا عن النماذج المتاحة</translation>
        </message>
    </context>
    <context>
        <name>InstalledModels</name>
        <message>
            <source> · added from disk</source>
            <translation> · أُضيف من القرص</translation>
        </message>
        <message>
            <source>measured here: needs {size}, writes {speed}</source>
            <translation>قيس هنا: يحتاج {size}، ويكتب {speed}</translation>
        </message>
        <message>
            <source>measured the first time it is used</source>
            <translation>يُقاس عند أول استخدام</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>قيد الاستخدام</translation>
        </message>
        <message>
            <source>The chat uses this model now</source>
            <translation>المحادثة تستخدم هذا النموذج الآن</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>استخدام</translation>
        </message>
        <message>
            <source>Chat with {model}</source>
            <translation>تحدّث مع {model}</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>استخدام {model}</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>Delete {model}</source>
            <translation>حذف {model}</translation>
        </message>
        <message>
            <source>&lt;b&gt;On this computer&lt;/b&gt;</source>
            <translation>&lt;b&gt;على هذا الحاسوب&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Compare two models…</source>
            <translation>مقارنة نموذجين…</translation>
        </message>
        <message>
            <source>Ask two of your models the same question and see both answers side by side</source>
            <translation>اطرح السؤال نفسه على نموذجين من نماذجك وشاهد الإجابتين جنبًا إلى جنب</translation>
        </message>
        <message>
            <source>Models on this computer</source>
            <translation>النماذج على هذا الحاسوب</translation>
        </message>
    </context>
    <context>
        <name>LoadPlan</name>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} the models were trained on: late in a long chat the replies may stop making sense.</source>
            <translation>ذاكرة المحادثة مضبوطة على {count} رمزًا، وهذا أكثر من {trained} رمزًا، وهو الطول الذي دُرّبت عليه النماذج: في المراحل المتأخرة من محادثة طويلة قد تفقد الردود معناها.</translation>
        </message>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} this model was trained on: late in a long chat the replies may stop making sense.</source>
            <translation>ذاكرة المحادثة مضبوطة على {count} رمزًا، وهذا أكثر من {trained} رمزًا، وهو الطول الذي دُرّب عليه هذا النموذج: في المراحل المتأخرة من محادثة طويلة قد تفقد الردود معناها.</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat keeps this chat's memory in a compact form so it fits ({saved} less; replies come slower late in a long chat).</source>
            <translation>يحتاج {model} إلى نحو {size} من الذاكرة ليحتفظ بـ {count} رمزًا من المحادثة، وهذا أكثر مما يستطيع هذا الحاسوب توفيره، لذا يحفظ ShortChat ذاكرة هذه المحادثة بصيغة مضغوطة كي تتسع (ذاكرة أقل بمقدار {saved}؛ وتصبح الردود أبطأ في المراحل المتأخرة من محادثة طويلة).</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat works through this chat's memory in a leaner way so it fits ({saved} less; replies come a little slower late in a long chat).</source>
            <translation>يحتاج {model} إلى نحو {size} من الذاكرة ليحتفظ بـ {count} رمزًا من المحادثة، وهذا أكثر مما يستطيع هذا الحاسوب توفيره، لذا يعالج ShortChat ذاكرة هذه المحادثة بطريقة أخفّ كي تتسع (ذاكرة أقل بمقدار {saved}؛ وتصبح الردود أبطأ قليلًا في المراحل المتأخرة من محادثة طويلة).</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory, more than this computer can spare.</source>
            <translation>يحتاج {model} إلى نحو {size} من الذاكرة، وهذا أكثر مما يستطيع هذا الحاسوب توفيره.</translation>
        </message>
        <message>
            <source>{model} did not fit when loading.</source>
            <translation>لم يتسع {model} في الذاكرة عند تحميله.</translation>
        </message>
        <message>
            <source>ShortChat is loading it as asked.</source>
            <translation>يحمّله ShortChat كما طُلب.</translation>
        </message>
        <message>
            <source>ShortChat is loading it with {count} of its layers on the graphics card and the rest on the processor.</source>
            <translation>يحمّله ShortChat مع وضع {count} من طبقاته على بطاقة الرسوميات والباقي على المعالج.</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only (slower).</source>
            <translation>يحمّله ShortChat على المعالج فقط (أبطأ).</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights and with this chat's memory in a compact form (about a third slower, {saved} less at its peak).</source>
            <translation>يحمّله ShortChat دون نسخة التسريع من أوزانه، مع حفظ ذاكرة هذه المحادثة بصيغة مضغوطة (أبطأ بنحو الثلث، واستهلاك أقل بمقدار {saved} في الذروة).</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights (about a third slower, {saved} less at its peak).</source>
            <translation>يحمّله ShortChat دون نسخة التسريع من أوزانه (أبطأ بنحو الثلث، واستهلاك أقل بمقدار {saved} في الذروة).</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller file of the same model, {saved} less memory).</source>
            <translation>يحمّل ShortChat النموذج {model} بدلًا منه (ملف أصغر من النموذج نفسه، وذاكرة أقل بمقدار {saved}).</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller model, {saved} less memory).</source>
            <translation>يحمّل ShortChat النموذج {model} بدلًا منه (نموذج أصغر، وذاكرة أقل بمقدار {saved}).</translation>
        </message>
        <message>
            <source>It is loaded without its speed-up copy of the weights (about a third slower).</source>
            <translation>يُحمَّل دون نسخة التسريع من أوزانه (أبطأ بنحو الثلث).</translation>
        </message>
        <message>
            <source>This chat's memory is kept in a compact form (slower late in a long chat).</source>
            <translation>تُحفظ ذاكرة هذه المحادثة بصيغة مضغوطة (أبطأ في المراحل المتأخرة من محادثة طويلة).</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>يحمّله ShortChat على المعالج فقط، مع حفظ ذاكرة هذه المحادثة بصيغة مضغوطة (ذاكرة أقل بمقدار {saved}، وأبطأ في المراحل المتأخرة من محادثة طويلة).</translation>
        </message>
        <message>
            <source>ShortChat is loading it with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>يحمّله ShortChat مع حفظ ذاكرة هذه المحادثة بصيغة مضغوطة (ذاكرة أقل بمقدار {saved}، وأبطأ في المراحل المتأخرة من محادثة طويلة).</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>يحمّله ShortChat على المعالج فقط، مع معالجة ذاكرة هذه المحادثة بطريقة أخفّ (ذاكرة أقل بمقدار {saved}، وأبطأ قليلًا في المراحل المتأخرة من محادثة طويلة).</translation>
        </message>
        <message>
            <source>ShortChat is loading it working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>يحمّله ShortChat مع معالجة ذاكرة هذه المحادثة بطريقة أخفّ (ذاكرة أقل بمقدار {saved}، وأبطأ قليلًا في المراحل المتأخرة من محادثة طويلة).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Downloads</source>
            <translation>التنزيلات</translation>
        </message>
        <message>
            <source>Text size {size} %</source>
            <translation>حجم النص {size} %</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>اختر نموذجًا أولًا.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>تراجع (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Chat deleted ·</source>
            <translation>حُذفت المحادثة ·</translation>
        </message>
        <message>
            <source>The model will use the new settings the next time it loads.</source>
            <translation>سيستخدم النموذج الإعدادات الجديدة عند تحميله في المرة القادمة.</translation>
        </message>
        <message>
            <source>Add a model file</source>
            <translation>إضافة ملف نموذج</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>نماذج GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>This file cannot be used</source>
            <translation>لا يمكن استخدام هذا الملف</translation>
        </message>
        <message>
            <source>That model is in use; wait for the reply to end.</source>
            <translation>هذا النموذج قيد الاستخدام؛ انتظر حتى ينتهي الرد.</translation>
        </message>
        <message>
            <source>Comparing needs two downloaded models; “Choose a model” gets another one.</source>
            <translation>تحتاج المقارنة إلى نموذجين منزّلين؛ «اختر نموذجًا» يجلب نموذجًا آخر.</translation>
        </message>
        <message>
            <source>Wait for the reply (or stop it) first.</source>
            <translation>انتظر الرد (أو أوقفه) أولًا.</translation>
        </message>
    </context>
    <context>
        <name>Markdown</name>
        <message>
            <source>Copy code</source>
            <translation>نسخ الشيفرة</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Choose a model…</source>
            <translation>اختيار &amp;نموذج…</translation>
        </message>
        <message>
            <source>&amp;Add a model file…</source>
            <translation>إ&amp;ضافة ملف نموذج…</translation>
        </message>
        <message>
            <source>Open the models &amp;folder</source>
            <translation>فتح &amp;مجلد النماذج</translation>
        </message>
        <message>
            <source>&amp;Export this chat…</source>
            <translation>ت&amp;صدير هذه المحادثة…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>الإ&amp;عدادات…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>م&amp;حادثة</translation>
        </message>
        <message>
            <source>&amp;New chat</source>
            <translation>محادثة &amp;جديدة</translation>
        </message>
        <message>
            <source>&amp;Find in all chats…</source>
            <translation>ال&amp;بحث في كل المحادثات…</translation>
        </message>
        <message>
            <source>&amp;Stop the reply</source>
            <translation>إ&amp;يقاف الرد</translation>
        </message>
        <message>
            <source>&amp;Regenerate</source>
            <translation>إعادة ال&amp;توليد</translation>
        </message>
        <message>
            <source>C&amp;ontinue the reply</source>
            <translation>مت&amp;ابعة الرد</translation>
        </message>
        <message>
            <source>&amp;Copy the last reply</source>
            <translation>&amp;نسخ الرد الأخير</translation>
        </message>
        <message>
            <source>Copy the &amp;whole chat</source>
            <translation>نسخ المحادثة &amp;كاملة</translation>
        </message>
        <message>
            <source>&amp;Instructions for this chat…</source>
            <translation>ت&amp;عليمات هذه المحادثة…</translation>
        </message>
        <message>
            <source>Rena&amp;me this chat…</source>
            <translation>إعادة ت&amp;سمية هذه المحادثة…</translation>
        </message>
        <message>
            <source>&amp;Delete this chat</source>
            <translation>&amp;حذف هذه المحادثة</translation>
        </message>
        <message>
            <source>Compare &amp;two models…</source>
            <translation>م&amp;قارنة نموذجين…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>نص أ&amp;كبر</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>نص أ&amp;صغر</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>حجم النص ال&amp;عادي</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>ال&amp;سمة</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;حول {app}</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>المحادثة</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>التنزيلات</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>النماذج</translation>
        </message>
    </context>
    <context>
        <name>Message</name>
        <message>
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <source>Copy this message</source>
            <translation>نسخ هذه الرسالة</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <source>Change this question and ask it again</source>
            <translation>غيّر هذا السؤال واطرحه من جديد</translation>
        </message>
        <message>
            <source>The version before</source>
            <translation>النسخة السابقة</translation>
        </message>
        <message>
            <source>The version after</source>
            <translation>النسخة التالية</translation>
        </message>
    </context>
    <context>
        <name>MessageBoxes</name>
        <message>
            <source>The models' licence</source>
            <translation>ترخيص النماذج</translation>
        </message>
        <message>
            <source>The Shortened LLaMA models are for non-commercial use only.</source>
            <translation>نماذج Shortened LLaMA للاستخدام غير التجاري فقط.</translation>
        </message>
        <message>
            <source>Nota AI made them from Vicuna v1.3, whose licence allows research and personal use, not use in a business. By downloading one you agree to that. (Help → About ShortChat shows all the licences.)</source>
            <translation>صنعتها Nota AI من Vicuna v1.3، وترخيصه يسمح بالبحث والاستخدام الشخصي، لا بالاستخدام في الأعمال التجارية. بتنزيلك أحدها فإنك توافق على ذلك. (مساعدة ← حول ShortChat تعرض كل التراخيص.)</translation>
        </message>
        <message>
            <source>I agree, download</source>
            <translation>أوافق، نزّل</translation>
        </message>
        <message>
            <source>This model is too big</source>
            <translation>هذا النموذج كبير جدًا</translation>
        </message>
        <message>
            <source>{model} needs about {needed} of memory, but this computer has {total} in all and {free} free, and none of your other models fits either.</source>
            <translation>يحتاج {model} إلى نحو {needed} من الذاكرة، لكن في هذا الحاسوب {total} إجمالًا و{free} متاحة، ولا يتسع أي من نماذجك الأخرى أيضًا.</translation>
        </message>
        <message>
            <source>Loading it could make the whole computer very slow until ShortChat is closed.</source>
            <translation>قد يجعل تحميله الحاسوب كله بطيئًا جدًا حتى يُغلق ShortChat.</translation>
        </message>
        <message>
            <source>The best one that fits is {model}.</source>
            <translation>أفضل نموذج يتسع هو {model}.</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>استخدام {model}</translation>
        </message>
        <message>
            <source>Load it anyway</source>
            <translation>حمّله على أي حال</translation>
        </message>
        <message>
            <source>Delete the model?</source>
            <translation>حذف النموذج؟</translation>
        </message>
        <message>
            <source>Delete {model} ({size}) from this computer?</source>
            <translation>حذف {model} ({size}) من هذا الحاسوب؟</translation>
        </message>
        <message>
            <source>A reply is still being written (what it has written so far is kept).</source>
            <translation>ما زال رد قيد الكتابة (يُحتفظ بما كُتب حتى الآن).</translation>
        </message>
        <message>
            <source>A download is running (it goes on from where it stopped the next time ShortChat starts).</source>
            <translation>هناك تنزيل جارٍ (يُستأنف من حيث توقف عند بدء ShortChat في المرة القادمة).</translation>
        </message>
        <message>
            <source>Close ShortChat?</source>
            <translation>إغلاق ShortChat؟</translation>
        </message>
    </context>
    <context>
        <name>MessageInput</name>
        <message>
            <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>اكتب رسالة… (Enter للإرسال، Shift+Enter لسطر جديد)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>الرسالة</translation>
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. ShortChat is using {other} instead.</source>
            <translation>النموذج الذي استخدمته آخر مرة، {model}، لم يعد على هذا الحاسوب. يستخدم ShortChat ‏{other} بدلًا منه.</translation>
        </message>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. Choose one to download below, or add a model file you have.</source>
            <translation>النموذج الذي استخدمته آخر مرة، {model}، لم يعد على هذا الحاسوب. اختر نموذجًا لتنزيله أدناه، أو أضف ملف نموذج لديك.</translation>
        </message>
        <message>
            <source>Downloading {model}. You can keep chatting meanwhile.</source>
            <translation>جارٍ تنزيل {model}. يمكنك مواصلة المحادثة في أثناء ذلك.</translation>
        </message>
        <message>
            <source>Downloading {model}.</source>
            <translation>جارٍ تنزيل {model}.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} with {gpu_free} free.</source>
            <translation>هذا الحاسوب: {total} من الذاكرة ({free} متاحة)، و{gpu} مع {gpu_free} متاحة.</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} (not used by this version of ShortChat).</source>
            <translation>هذا الحاسوب: {total} من الذاكرة ({free} متاحة)، و{gpu} (لا يستخدمها هذا الإصدار من ShortChat).</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), no graphics card ShortChat can use.</source>
            <translation>هذا الحاسوب: {total} من الذاكرة ({free} متاحة)، ولا توجد بطاقة رسوميات يستطيع ShortChat استخدامها.</translation>
        </message>
        <message>
            <source>Choose a model</source>
            <translation>اختر نموذجًا</translation>
        </message>
        <message>
            <source>Looking at this computer…</source>
            <translation>جارٍ فحص هذا الحاسوب…</translation>
        </message>
        <message>
            <source>Simple</source>
            <translation>بسيط</translation>
        </message>
        <message>
            <source>All sizes and quality levels</source>
            <translation>كل الأحجام ومستويات الجودة</translation>
        </message>
        <message>
            <source>Add a file from disk…</source>
            <translation>إضافة ملف من القرص…</translation>
        </message>
        <message>
            <source>Back to the chat</source>
            <translation>العودة إلى المحادثة</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>تنزيل</translation>
        </message>
        <message>
            <source>chats up to {count} tokens</source>
            <translation>محادثات حتى {count} رمز</translation>
        </message>
        <message>
            <source>no room for a chat</source>
            <translation>لا مساحة لمحادثة</translation>
        </message>
        <message>
            <source>measured on this computer</source>
            <translation>قيس على هذا الحاسوب</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>تقديري</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>قيد الاستخدام</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>استخدام هذا النموذج</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>جارٍ التنزيل…</translation>
        </message>
        <message>
            <source>Download (needs the internet)</source>
            <translation>تنزيل (يحتاج الإنترنت)</translation>
        </message>
        <message>
            <source>Download ({size})</source>
            <translation>تنزيل ({size})</translation>
        </message>
    </context>
    <context>
        <name>ModelSession</name>
        <message>
            <source>Loading {model}…</source>
            <translation>جارٍ تحميل {model}…</translation>
        </message>
        <message>
            <source>Loading {model}… {percent} %</source>
            <translation>جارٍ تحميل {model}… {percent} %</translation>
        </message>
        <message>
            <source>Loaded in {seconds} s, {count} tokens of context</source>
            <translation>حُمّل في {seconds} ث، ذاكرة المحادثة {count} رمزًا</translation>
        </message>
        <message>
            <source>Ready: {model}</source>
            <translation>جاهز: {model}</translation>
        </message>
        <message>
            <source>No model loaded</source>
            <translation>لم يُحمَّل أي نموذج</translation>
        </message>
    </context>
    <context>
        <name>QualityChart</name>
        <message>
            <source>Chart of answer quality against memory needed</source>
            <translation>رسم بياني لجودة الإجابات مقابل الذاكرة المطلوبة</translation>
        </message>
        <message>
            <source>Each dot is one download. Higher is better quality; further right needs more memory.</source>
            <translation>كل نقطة تنزيل واحد. الأعلى جودته أفضل، والأبعد إلى اليمين يحتاج ذاكرة أكثر.</translation>
        </message>
    </context>
    <context>
        <name>Remote</name>
        <message>
            <source>llama.cpp server</source>
            <translation>خادم llama.cpp</translation>
        </message>
        <message>
            <source>OpenAI-compatible server</source>
            <translation>خادم متوافق مع OpenAI</translation>
        </message>
        <message>
            <source>The prompt is sent as text: typed control words such as &lt;/s&gt; are broken with an invisible character so they stay text</source>
            <translation>يُرسَل المُوجِّه نصًّا: تُفصَل كلمات التحكم المكتوبة مثل &lt;/s&gt; بحرف غير مرئي لتبقى نصًّا</translation>
        </message>
        <message>
            <source>The prompt is sent as tokens: typed text is always text, exactly as on this computer</source>
            <translation>يُرسَل المُوجِّه رموزًا: يبقى النص المكتوب نصًّا دائمًا، تمامًا كما على هذا الحاسوب</translation>
        </message>
        <message>
            <source>{server} at {computer} — no model offered yet</source>
            <translation>{server} على {computer} — لا يقدّم أي نموذج بعد</translation>
        </message>
        <message>
            <source>{server} at {computer} — {model}</source>
            <translation>{server} على {computer} — {model}</translation>
        </message>
        <message>
            <source>, chat memory {tokens} tokens</source>
            <translation>، ذاكرة المحادثة {tokens} رمزًا</translation>
        </message>
        <message>
            <source> (and %n more)</source>
            <translation> (ونماذج أخرى: %n)</translation>
        </message>
    </context>
    <context>
        <name>RemoteModels</name>
        <message>
            <source>chat memory {count} tokens</source>
            <translation>ذاكرة المحادثة {count} رمز</translation>
        </message>
        <message>
            <source>chat memory as the server sets it</source>
            <translation>ذاكرة المحادثة كما يضبطها الخادم</translation>
        </message>
        <message>
            <source>speed measured after its first reply</source>
            <translation>تُقاس السرعة بعد أول رد</translation>
        </message>
        <message>
            <source>writes {speed}, measured from here</source>
            <translation>يكتب {speed}، مقيسًا من هنا</translation>
        </message>
        <message>
            <source>Chat with {model} on the server at {url}</source>
            <translation>تحدّث مع {model} على الخادم في {url}</translation>
        </message>
        <message>
            <source>Ask the servers again</source>
            <translation>اسأل الخوادم مجددًا</translation>
        </message>
        <message>
            <source>See which models the computers in Settings → Other computers offer now</source>
            <translation>اعرف النماذج التي تقدّمها الآن الحواسيب المذكورة في الإعدادات ← حواسيب أخرى</translation>
        </message>
        <message>
            <source>On other computers</source>
            <translation>على حواسيب أخرى</translation>
        </message>
        <message>
            <source>Models on other computers</source>
            <translation>نماذج على حواسيب أخرى</translation>
        </message>
        <message>
            <source>{url}: asking the server…</source>
            <translation>{url}: جارٍ سؤال الخادم…</translation>
        </message>
        <message>
            <source>{model} at {url}</source>
            <translation>{model} على {url}</translation>
        </message>
        <message>
            <source>Other computers</source>
            <translation>حواسيب أخرى</translation>
        </message>
        <message>
            <source>Servers on other computers</source>
            <translation>خوادم على حواسيب أخرى</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>عنوان الخادم</translation>
        </message>
        <message>
            <source>API key, if the server has one</source>
            <translation>مفتاح API، إن كان للخادم مفتاح</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>مفتاح API</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>اختبار</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Models on other computers: chat with a model running on a bigger computer (llama-server, Ollama, or an OpenAI-compatible server).</source>
            <translation>نماذج على حواسيب أخرى: تحدّث مع نموذج يعمل على حاسوب أكبر (llama-server أو Ollama أو خادم متوافق مع OpenAI).</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>جارٍ سؤال الخادم…</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>أُزيل.</translation>
        </message>
        <message>
            <source>{model} on {computer}</source>
            <translation>{model} على {computer}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Same as this computer</source>
            <translation>كما في هذا الحاسوب</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Instructions for the model</source>
            <translation>تعليمات للنموذج</translation>
        </message>
        <message>
            <source>Reset to default</source>
            <translation>استعادة الافتراضي</translation>
        </message>
        <message>
            <source>Put back the instructions ShortChat starts with</source>
            <translation>إرجاع التعليمات التي يبدأ بها ShortChat</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> رمز</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>تلقائي</translation>
        </message>
        <message>
            <source>gpu layers</source>
            <translation>طبقات GPU</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>السمة</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>حجم النص</translation>
        </message>
        <message>
            <source> GB</source>
            <translation> غيغابايت</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>معطّل</translation>
        </message>
        <message>
            <source>Disk for reopening chats</source>
            <translation>مساحة القرص لإعادة فتح المحادثات</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <source>Delete what is kept; long chats are read again the next time</source>
            <translation>حذف ما حُفظ؛ ستُقرأ المحادثات الطويلة من جديد في المرة القادمة</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>الردود</translation>
        </message>
        <message>
            <source>What the model is told before every chat (a chat can have its own: Chat menu).</source>
            <translation>ما يُقال للنموذج قبل كل محادثة (ويمكن أن تكون لكل محادثة تعليماتها: قائمة «محادثة»).</translation>
        </message>
        <message>
            <source>Creativity</source>
            <translation>الإبداع</translation>
        </message>
        <message>
            <source>0 gives the likeliest words; higher gives more varied ones.</source>
            <translation>القيمة 0 تعطي الكلمات الأرجح؛ والأعلى يعطي كلمات أكثر تنوعًا.</translation>
        </message>
        <message>
            <source>Called “temperature”. At 0 the model always picks its likeliest next word, so the same question gets the same reply; higher values pick less likely words more often. 0.7 is a good start.</source>
            <translation>تُسمّى «temperature». عند 0 يختار النموذج دائمًا الكلمة التالية الأرجح، فيحصل السؤال نفسه على الرد نفسه؛ والقيم الأعلى تختار كلمات أقل احتمالًا أكثر. 0.7 بداية جيدة.</translation>
        </message>
        <message>
            <source>Word choice</source>
            <translation>اختيار الكلمات</translation>
        </message>
        <message>
            <source>Lower keeps replies to the most probable words.</source>
            <translation>القيم الأقل تقصر الردود على الكلمات الأكثر احتمالًا.</translation>
        </message>
        <message>
            <source>Called “top-p”. Before each word the model keeps only its likeliest candidates whose chances add up to this share: 0.95 leaves out the rarest 5 %; lower values give safer, plainer replies.</source>
            <translation>تُسمّى «top-p». قبل كل كلمة يُبقي النموذج أرجح المرشحين فقط حتى يبلغ مجموع احتمالاتهم هذه النسبة: 0.95 تستبعد أندر 5 %؛ والقيم الأقل تعطي ردودًا أكثر أمانًا وبساطة.</translation>
        </message>
        <message>
            <source>Longest reply</source>
            <translation>أقصى طول للرد</translation>
        </message>
        <message>
            <source>A token is a word or a piece of one (about ¾ of a word).</source>
            <translation>الرمز (token) كلمة أو جزء من كلمة (نحو ¾ كلمة إنجليزية).</translation>
        </message>
        <message>
            <source>Called “max tokens”: the reply stops after this many tokens even if the model is not done.</source>
            <translation>تُسمّى «max tokens»: يتوقف الرد بعد هذا العدد من الرموز حتى لو لم ينتهِ النموذج.</translation>
        </message>
        <message>
            <source>Memory and speed</source>
            <translation>الذاكرة والسرعة</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>ذاكرة المحادثة</translation>
        </message>
        <message>
            <source>How much of the chat the model sees at once; more needs more memory. Automatic: the most that fits easily here.</source>
            <translation>مقدار ما يراه النموذج من المحادثة دفعة واحدة؛ الأكثر يحتاج ذاكرة أكثر. تلقائي: أكبر قدر يتسع هنا بسهولة.</translation>
        </message>
        <message>
            <source>Called the “context”, counted in tokens. Older parts of a longer chat are left out of what the model sees.</source>
            <translation>تُسمّى «context» وتُعدّ بالرموز. الأجزاء الأقدم من محادثة طويلة تخرج مما يراه النموذج.</translation>
        </message>
        <message>
            <source>Processor cores</source>
            <translation>أنوية المعالج</translation>
        </message>
        <message>
            <source>How many processor cores work on a reply. Automatic: all of them.</source>
            <translation>عدد أنوية المعالج التي تعمل على الرد. تلقائي: كلها.</translation>
        </message>
        <message>
            <source>Called “CPU threads”: how many parts of the processor work on a reply at the same time. More than the computer has makes replies slower, not faster.</source>
            <translation>تُسمّى «CPU threads»: عدد أجزاء المعالج التي تعمل على الرد في الوقت نفسه. عدد أكبر مما في الحاسوب يجعل الردود أبطأ لا أسرع.</translation>
        </message>
        <message>
            <source>Graphics card</source>
            <translation>بطاقة الرسوميات</translation>
        </message>
        <message>
            <source>How much of the model runs on the graphics card. Automatic: as much as fits.</source>
            <translation>مقدار ما يعمل من النموذج على بطاقة الرسوميات. تلقائي: أكبر قدر يتسع.</translation>
        </message>
        <message>
            <source>Called “GPU layers”: the model is a stack of layers, and this many of them run on the graphics card, which is faster; the rest run on the processor.</source>
            <translation>تُسمّى «GPU layers»: النموذج طبقات متراكبة، يعمل هذا العدد منها على بطاقة الرسوميات وهي أسرع، والباقي على المعالج.</translation>
        </message>
        <message>
            <source>Memory, cores and graphics card take effect the next time a model loads.</source>
            <translation>تسري إعدادات الذاكرة والأنوية وبطاقة الرسوميات في المرة القادمة التي يُحمّل فيها نموذج.</translation>
        </message>
        <message>
            <source>Memory and cores take effect the next time a model loads.</source>
            <translation>تسري إعدادات الذاكرة والأنوية في المرة القادمة التي يُحمّل فيها نموذج.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>المظهر</translation>
        </message>
        <message>
            <source>Light or dark, or whatever this computer uses.</source>
            <translation>فاتح أو داكن، أو كما يستخدم هذا الحاسوب.</translation>
        </message>
        <message>
            <source>The window's language; it changes the next time ShortChat starts.</source>
            <translation>لغة النافذة؛ تتغير عند بدء ShortChat في المرة القادمة.</translation>
        </message>
        <message>
            <source>Of this computer's own text size, for the whole window and the chat. Anywhere: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 back to 100 %.</source>
            <translation>نسبة من حجم النص في هذا الحاسوب، للنافذة كلها وللمحادثة. في أي مكان: Ctrl+= أكبر، Ctrl+- أصغر، Ctrl+0 للعودة إلى 100 %.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <source>{size} used</source>
            <translation>{size} مستخدمة</translation>
        </message>
        <message>
            <source>Models folder</source>
            <translation>مجلد النماذج</translation>
        </message>
        <message>
            <source>Where downloaded models are kept.</source>
            <translation>مكان حفظ النماذج المنزّلة.</translation>
        </message>
        <message>
            <source>Reopening chats</source>
            <translation>إعادة فتح المحادثات</translation>
        </message>
        <message>
            <source>Disk space for what the model has read of your recent chats, so a long chat continues at once instead of being read again. The least recently used go first when it is full.</source>
            <translation>مساحة على القرص لما قرأه النموذج من محادثاتك الأخيرة، فتستمر المحادثة الطويلة فورًا بدل قراءتها من جديد. يُحذف الأقل استخدامًا مؤخرًا أولًا عند امتلائها.</translation>
        </message>
        <message>
            <source>llama.cpp's state (its KV cache) of each recent chat, saved after a reply and used again only when the chat, the model and its settings are exactly the same.</source>
            <translation>حالة llama.cpp (ذاكرة KV المؤقتة) لكل محادثة حديثة، تُحفظ بعد كل رد ولا تُستخدم مجددًا إلا إذا تطابقت المحادثة والنموذج وإعداداته تمامًا.</translation>
        </message>
        <message>
            <source>Other apps</source>
            <translation>تطبيقات أخرى</translation>
        </message>
        <message>
            <source>Other programs on this computer can use the model loaded here. Takes effect at once.</source>
            <translation>يمكن للبرامج الأخرى على هذا الحاسوب استخدام النموذج المحمّل هنا. يسري فورًا.</translation>
        </message>
        <message>
            <source>An OpenAI-compatible API at this address, for this computer only (as `shortchat serve`).</source>
            <translation>واجهة برمجة متوافقة مع OpenAI على هذا العنوان، لهذا الحاسوب فقط (مثل `shortchat serve`).</translation>
        </message>
        <message>
            <source>Instructions for this chat</source>
            <translation>تعليمات هذه المحادثة</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>استخدام الافتراضي</translation>
        </message>
        <message>
            <source>What the model is told before this chat (the other chats keep theirs):</source>
            <translation>ما يُقال للنموذج قبل هذه المحادثة (تحتفظ المحادثات الأخرى بتعليماتها):</translation>
        </message>
    </context>
    <context>
        <name>SimpleChoices</name>
        <message>
            <source>No model fits this computer's memory right now. Close other programs, or look at “All sizes and quality levels” for the smallest ones.</source>
            <translation>لا يتسع أي نموذج لذاكرة هذا الحاسوب الآن. أغلق برامج أخرى، أو انظر في «كل الأحجام ومستويات الجودة» لأصغرها.</translation>
        </message>
        <message>
            <source>{model}: not published on the model hub yet, so it cannot be downloaded.</source>
            <translation>{model}: لم يُنشر على مستودع النماذج بعد، لذا لا يمكن تنزيله.</translation>
        </message>
        <message>
            <source>{model}: not known yet (the model hub could not be reached).</source>
            <translation>{model}: غير معروف بعد (تعذّر الوصول إلى مستودع النماذج).</translation>
        </message>
        <message>
            <source>Asking the model hub which models are available…</source>
            <translation>جارٍ سؤال مستودع النماذج عن النماذج المتاحة…</translation>
        </message>
        <message>
            <source>needs {size} of memory (measured here)</source>
            <translation>يحتاج {size} من الذاكرة (قيس هنا)</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>يحتاج نحو {size} من الذاكرة</translation>
        </message>
        <message>
            <source>On this computer, {size}</source>
            <translation>على هذا الحاسوب، {size}</translation>
        </message>
        <message>
            <source>Download {size}</source>
            <translation>تنزيل {size}</translation>
        </message>
    </context>
    <context>
        <name>Sizes</name>
        <message>
            <source>{value} GB</source>
            <translation>{value} غيغابايت</translation>
        </message>
        <message>
            <source>{value} MB</source>
            <translation>{value} ميغابايت</translation>
        </message>
        <message>
            <source>{value} KB</source>
            <translation>{value} كيلوبايت</translation>
        </message>
        <message>
            <source>{value} bytes</source>
            <translation>{value} بايت</translation>
        </message>
        <message>
            <source>{value} s</source>
            <translation>{value} ث</translation>
        </message>
        <message>
            <source>{value} min</source>
            <translation>{value} د</translation>
        </message>
        <message>
            <source>{value} h</source>
            <translation>{value} س</translation>
        </message>
    </context>
    <context>
        <name>Speed</name>
        <message>
            <source>over {count} words/s</source>
            <translation>أكثر من {count} كلمة/ث</translation>
        </message>
        <message>
            <source>{count} words/s</source>
            <translation>{count} كلمة/ث</translation>
        </message>
        <message>
            <source>speed unknown</source>
            <translation>السرعة غير معروفة</translation>
        </message>
        <message>
            <source>{speed}, measured</source>
            <translation>{speed}، مقيسة</translation>
        </message>
        <message>
            <source>about {speed}</source>
            <translation>نحو {speed}</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>No model loaded</source>
            <translation>لم يُحمَّل أي نموذج</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>ذاكرة المحادثة</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>جارٍ تحميل النموذج</translation>
        </message>
        <message>
            <source>The model stopped · it loads again when you send</source>
            <translation>توقف النموذج · سيُحمَّل من جديد عند الإرسال</translation>
        </message>
    </context>
</TS>