<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>About</name>
        <message>
            <source>The licence texts are missing from this installation.</source>
            <translation>Die Lizenztexte fehlen in dieser Installation.</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <source>Chat offline with Nota AI's pruned Vicuna models.</source>
            <translation>Chatte offline mit den verkleinerten Vicuna-Modellen von Nota AI.</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Lizenzen</translation>
        </message>
    </context>
    <context>
        <name>ApiSharing</name>
        <message>
            <source>Let other apps on this computer use ShortChat</source>
            <translation>Andere Apps auf diesem Computer ShortChat nutzen lassen</translation>
        </message>
        <message>
            <source>Address for other apps</source>
            <translation>Adresse für andere Apps</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something unexpected went wrong ({kind}).
Details were written to the log in {folder}.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen ({kind}).
Details stehen im Protokoll in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Rename this chat</source>
            <translation>Diesen Chat umbenennen</translation>
        </message>
        <message>
            <source>A new name for this chat:</source>
            <translation>Ein neuer Name für diesen Chat:</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Gestern</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Früher</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Neuer Chat</translation>
        </message>
        <message>
            <source>Start a new chat (Ctrl+N)</source>
            <translation>Einen neuen Chat beginnen (Strg+N)</translation>
        </message>
        <message>
            <source>Search all chats…</source>
            <translation>Alle Chats durchsuchen…</translation>
        </message>
        <message>
            <source>Search all chats</source>
            <translation>Alle Chats durchsuchen</translation>
        </message>
        <message>
            <source>Chats</source>
            <translation>Chats</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nichts gefunden.</translation>
        </message>
        <message>
            <source>Your chats will be listed here.</source>
            <translation>Hier erscheinen deine Chats.</translation>
        </message>
        <message>
            <source>Chats of {day}</source>
            <translation>Chats von {day}</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
    </context>
    <context>
        <name>ChatMemory</name>
        <message>
            <source>Chat memory {percent} % full</source>
            <translation>Chat-Gedächtnis zu {percent} % voll</translation>
        </message>
        <message>
            <source> · the oldest are left out</source>
            <translation> · die ältesten fallen heraus</translation>
        </message>
        <message>
            <source> · the oldest go soon</source>
            <translation> · die ältesten fallen bald heraus</translation>
        </message>
        <message>
            <source>How much of what the model can keep in mind ({tokens} tokens, about {words} words) this chat uses. When it is full, the oldest messages are left out of what the model reads.</source>
            <translation>Wie viel von dem, was sich das Modell merken kann ({tokens} Token, etwa {words} Wörter), dieser Chat belegt. Ist es voll, fallen die ältesten Nachrichten aus dem heraus, was das Modell liest.</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its oldest exchange was left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>Dieser Chat ist jetzt länger, als sich das Modell merken kann: Sein ältester Wortwechsel wurde für diese Antwort nicht mehr gelesen. Ein neuer Chat (Strg+N) fängt von vorn an.</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its %n oldest exchanges were left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>Dieser Chat ist jetzt länger, als sich das Modell merken kann: Seine %n ältesten Wortwechsel wurden für diese Antwort nicht mehr gelesen. Ein neuer Chat (Strg+N) fängt von vorn an.</translation>
        </message>
        <message>
            <source>A longer chat memory (Settings → Chat memory) may also fit on this computer.</source>
            <translation>Auf diesen Computer passt vielleicht auch ein längeres Chat-Gedächtnis (Einstellungen → Chat-Gedächtnis).</translation>
        </message>
    </context>
    <context>
        <name>ChatPage</name>
        <message>
            <source>Ask anything. Everything stays on this computer.</source>
            <translation>Frag einfach. Alles bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <source>Editing an earlier message: Send asks it again as a new version (the old one stays, ‹ › switches between them).</source>
            <translation>Du bearbeitest eine frühere Nachricht: Senden stellt sie als neue Version noch einmal (die alte bleibt, mit ‹ › wechselst du zwischen ihnen).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop editing and keep the message as it was (Esc)</source>
            <translation>Bearbeiten beenden und die Nachricht lassen, wie sie war (Esc)</translation>
        </message>
        <message>
            <source>The reply stopped at its length limit.</source>
            <translation>Die Antwort hat ihre Längengrenze erreicht.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Go on writing this reply from where it stopped (Ctrl+Shift+Enter)</source>
            <translation>Diese Antwort dort weiterschreiben, wo sie aufgehört hat (Strg+Umschalt+Eingabe)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Send or stop</source>
            <translation>Senden oder anhalten</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Neu schreiben</translation>
        </message>
        <message>
            <source>Write the last reply again (Ctrl+R)</source>
            <translation>Die letzte Antwort neu schreiben (Strg+R)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>Die Antwort anhalten (Esc)</translation>
        </message>
        <message>
            <source>Send the message (Enter)</source>
            <translation>Die Nachricht senden (Eingabe)</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>Chatverlauf</translation>
        </message>
        <message>
            <source>The messages of this chat. Ctrl+Up and Ctrl+Down read the messages one by one; Alt+Down and Alt+Up move between a message's buttons; a finished reply is read out once.</source>
            <translation>Die Nachrichten dieses Chats. Strg+Pfeil hoch und Strg+Pfeil runter lesen die Nachrichten einzeln vor; Alt+Pfeil runter und Alt+Pfeil hoch wechseln zwischen den Schaltflächen einer Nachricht; eine fertige Antwort wird einmal vorgelesen.</translation>
        </message>
        <message>
            <source>{author} replied: {reply}</source>
            <translation>{author} hat geantwortet: {reply}</translation>
        </message>
        <message>
            <source>Message copied</source>
            <translation>Nachricht kopiert</translation>
        </message>
        <message>
            <source>Code copied</source>
            <translation>Code kopiert</translation>
        </message>
        <message>
            <source>Show earlier messages</source>
            <translation>Frühere Nachrichten anzeigen</translation>
        </message>
        <message>
            <source>{author}, message {number} of {count}: {text}</source>
            <translation>{author}, Nachricht {number} von {count}: {text}</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Model {side}</source>
            <translation>Modell {side}</translation>
        </message>
        <message>
            <source>Answers of model {side}</source>
            <translation>Antworten von Modell {side}</translation>
        </message>
        <message>
            <source>The answers of {side} appear here.</source>
            <translation>Hier erscheinen die Antworten von {side}.</translation>
        </message>
        <message>
            <source>Speed of model {side}</source>
            <translation>Tempo von Modell {side}</translation>
        </message>
        <message>
            <source>Compare two models</source>
            <translation>Zwei Modelle vergleichen</translation>
        </message>
        <message>
            <source>Ask both models the same question. They answer one after the other, so each gets the whole computer and the speeds are fair; follow-up questions continue both chats.</source>
            <translation>Stell beiden Modellen dieselbe Frage. Sie antworten nacheinander, so hat jedes den ganzen Computer und die Geschwindigkeiten sind vergleichbar; Folgefragen setzen beide Chats fort.</translation>
        </message>
        <message>
            <source>A question for both… (Enter asks)</source>
            <translation>Eine Frage an beide… (Eingabe fragt)</translation>
        </message>
        <message>
            <source>Ask both</source>
            <translation>Beide fragen</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>{side} is answering ({model})…</source>
            <translation>{side} antwortet ({model}) …</translation>
        </message>
        <message>
            <source>Both models stay loaded: they fit in memory together.</source>
            <translation>Beide Modelle bleiben geladen: Sie passen zusammen in den Speicher.</translation>
        </message>
        <message>
            <source>One model in memory at a time: they load in turn.</source>
            <translation>Immer nur ein Modell im Speicher: Sie werden abwechselnd geladen.</translation>
        </message>
        <message>
            <source>One of them answers from another computer, so both stay ready.</source>
            <translation>Eines antwortet von einem anderen Computer, daher bleiben beide bereit.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>{count} tokens</source>
            <translation>{count} Token</translation>
        </message>
        <message>
            <source>{seconds} s in all, loading included</source>
            <translation>{seconds} s insgesamt, Laden eingeschlossen</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <source>Writing: {rate} tokens/s (after the first token, which is what the verdict compares). First token after {seconds} s (reading the prompt, {count} tokens).</source>
            <translation>Schreiben: {rate} Token/s (nach dem ersten Token; das vergleicht das Urteil). Erstes Token nach {seconds} s (Lesen der Eingabe, {count} Token).</translation>
        </message>
        <message>
            <source>The answers are too short to tell which writes faster (under {count} tokens): ask for a longer one.</source>
            <translation>Die Antworten sind zu kurz, um zu sagen, welches schneller schreibt (unter {count} Token): Bitte um eine längere.</translation>
        </message>
        <message>
            <source>They wrote about as fast as each other (the difference is within measuring noise).</source>
            <translation>Beide schrieben etwa gleich schnell (der Unterschied liegt im Messrauschen).</translation>
        </message>
        <message>
            <source>{name} wrote faster: {faster} against {slower}, {ratio} times as fast.</source>
            <translation>{name} schrieb schneller: {faster} gegenüber {slower}, {ratio}-mal so schnell.</translation>
        </message>
        <message>
            <source>{name}: {rate} tokens/s</source>
            <translation>{name}: {rate} Token/s</translation>
        </message>
        <message>
            <source>Writing speed after the first token ({rates}). Loading and reading the prompt are left out; a difference under {share} is noise, and answers under {count} tokens are too short to measure.</source>
            <translation>Schreibgeschwindigkeit nach dem ersten Token ({rates}). Laden und Lesen der Eingabe zählen nicht; ein Unterschied unter {share} ist Rauschen, und Antworten unter {count} Token sind zu kurz zum Messen.</translation>
        </message>
    </context>
    <context>
        <name>Conversation</name>
        <message>
            <source>Your message was not sent. {reason}</source>
            <translation>Deine Nachricht wurde nicht gesendet. {reason}</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>The reply will start as soon as the model is loaded.</source>
            <translation>Die Antwort beginnt, sobald das Modell geladen ist.</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Wähle zuerst ein Modell.</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistent</translation>
        </message>
        <message>
            <source>Reading the chat… {percent} %</source>
            <translation>Der Chat wird gelesen… {percent} %</translation>
        </message>
        <message>
            <source>{speed} tokens/s · {count} tokens</source>
            <translation>{speed} Token/s · {count} Token</translation>
        </message>
        <message>
            <source> · stopped at the length limit</source>
            <translation> · an der Längengrenze angehalten</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>nicht fertig</translation>
        </message>
        <message>
            <source>Stop the reply first (Esc).</source>
            <translation>Halte zuerst die Antwort an (Esc).</translation>
        </message>
        <message>
            <source>Wait for the reply to end, or stop it (Esc).</source>
            <translation>Warte, bis die Antwort fertig ist, oder halte sie an (Esc).</translation>
        </message>
        <message>
            <source>There is no chat to export yet.</source>
            <translation>Es gibt noch keinen Chat zum Exportieren.</translation>
        </message>
        <message>
            <source>Export the chat</source>
            <translation>Chat exportieren</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The chat could not be saved there: {reason}.</source>
            <translation>Der Chat konnte dort nicht gespeichert werden: {reason}.</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} gespeichert</translation>
        </message>
        <message>
            <source>The whole chat was copied</source>
            <translation>Der ganze Chat wurde kopiert</translation>
        </message>
        <message>
            <source>Reply copied</source>
            <translation>Antwort kopiert</translation>
        </message>
    </context>
    <context>
        <name>Download</name>
        <message>
            <source>You are offline (the model hub could not be reached); downloaded models still work. Connect to the internet to download new ones.</source>
            <translation>Du bist offline (der Modell-Hub ist nicht erreichbar); heruntergeladene Modelle funktionieren weiterhin. Verbinde dich mit dem Internet, um neue herunterzuladen.</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached. Your models work as usual; to download another one, connect to the internet and press Try again.</source>
            <translation>Du bist offline: Der Modell-Hub ist nicht erreichbar. Deine Modelle funktionieren wie gewohnt; um ein weiteres herunterzuladen, verbinde dich mit dem Internet und klicke auf „Erneut versuchen“.</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached, and no model is on this computer yet. Connect to the internet and press Try again, or use “Add a file from disk…” for a model file you already have.</source>
            <translation>Du bist offline: Der Modell-Hub ist nicht erreichbar, und auf diesem Computer ist noch kein Modell. Verbinde dich mit dem Internet und klicke auf „Erneut versuchen“, oder nutze „Datei vom Datenträger hinzufügen…“ für eine Modelldatei, die du schon hast.</translation>
        </message>
        <message>
            <source>Another ShortChat is downloading {name} right now; waiting for it to finish…</source>
            <translation>Ein anderes ShortChat lädt {name} gerade herunter; es wird gewartet, bis es fertig ist …</translation>
        </message>
        <message>
            <source>The partly downloaded {file} disappeared from the models folder. Please download it again.</source>
            <translation>Die teilweise heruntergeladene Datei {file} ist aus dem Modellordner verschwunden. Bitte lade sie erneut herunter.</translation>
        </message>
        <message>
            <source>The downloaded {file} is damaged (its checksum does not match the hub's), so it was deleted. Please download it again.</source>
            <translation>Die heruntergeladene Datei {file} ist beschädigt (ihre Prüfsumme stimmt nicht mit der des Hubs überein) und wurde daher gelöscht. Bitte lade sie erneut herunter.</translation>
        </message>
        <message>
            <source>The connection was lost at {done} of {total}. Try again later: the download will continue from there.</source>
            <translation>Die Verbindung ist bei {done} von {total} abgebrochen. Versuch es später erneut: Der Download geht dort weiter.</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in a moment (attempt {attempt} of {attempts}).</source>
            <translation>Die Verbindung zum Modell-Hub ist bei {done} von {total} stehen geblieben; gleich neuer Versuch (Versuch {attempt} von {attempts}).</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in {pause} (attempt {attempt} of {attempts}).</source>
            <translation>Die Verbindung zum Modell-Hub ist bei {done} von {total} stehen geblieben; neuer Versuch in {pause} (Versuch {attempt} von {attempts}).</translation>
        </message>
        <message>
            <source>Not enough disk space for {file}: it needs {needed} free (with a little room to spare), but only {free} is free. Free some space, or choose a smaller model.</source>
            <translation>Nicht genug Speicherplatz für {file}: Es braucht {needed} frei (mit etwas Reserve), aber nur {free} sind frei. Schaffe Platz oder wähle ein kleineres Modell.</translation>
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <source>Asking the model hub…</source>
            <translation>Modell-Hub wird gefragt …</translation>
        </message>
        <message>
            <source>Checking what was already downloaded… {share}</source>
            <translation>Bereits Heruntergeladenes wird geprüft … {share}</translation>
        </message>
        <message>
            <source>Verifying the file…</source>
            <translation>Datei wird geprüft …</translation>
        </message>
        <message>
            <source>Downloaded and verified ✓</source>
            <translation>Heruntergeladen und geprüft ✓</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} von {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <translation>{size}/s</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>noch {time}</translation>
        </message>
        <message>
            <source>Download of {model}</source>
            <translation>Download von {model}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Stop downloading {model}</source>
            <translation>Download von {model} anhalten</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove from this list (and delete what was downloaded of an unfinished file)</source>
            <translation>Aus dieser Liste entfernen (und bei einer unfertigen Datei das bereits Geladene löschen)</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <source>No data for {seconds} s · retrying</source>
            <translation>Seit {seconds} s keine Daten · neuer Versuch</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Downloads</translation>
        </message>
        <message>
            <source>Stopped at {share}: press Continue to finish it.</source>
            <translation>Bei {share} angehalten: Klick auf „Weiter“, um ihn abzuschließen.</translation>
        </message>
        <message>
            <source>Waiting for the download before it…</source>
            <translation>Wartet auf den Download davor …</translation>
        </message>
        <message>
            <source>Stopped before it began.</source>
            <translation>Angehalten, bevor er begann.</translation>
        </message>
        <message>
            <source>Stopped. Press Continue to go on from where it stopped.</source>
            <translation>Angehalten. Klick auf „Weiter“, um dort weiterzumachen, wo er stehen blieb.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>There is no reply to write again yet.</source>
            <translation>Es gibt noch keine Antwort zum Neuschreiben.</translation>
        </message>
        <message>
            <source>Only your own messages in this chat can be edited.</source>
            <translation>In diesem Chat kannst du nur deine eigenen Nachrichten bearbeiten.</translation>
        </message>
        <message>
            <source>There is no reply to continue.</source>
            <translation>Es gibt keine Antwort zum Fortsetzen.</translation>
        </message>
        <message>
            <source>No model is loaded. Choose a model first.</source>
            <translation>Es ist kein Modell geladen. Wähle zuerst ein Modell.</translation>
        </message>
        <message>
            <source>another ShortChat (or another program) kept the chat history busy for over {seconds} s</source>
            <translation>ein anderes ShortChat (oder ein anderes Programm) hat den Chatverlauf länger als {seconds} s blockiert</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>the chat history's folder cannot be written</source>
            <translation>in den Ordner des Chatverlaufs kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>the disk could not be written or read (a disk error)</source>
            <translation>der Datenträger konnte nicht beschrieben oder gelesen werden (ein Datenträgerfehler)</translation>
        </message>
        <message>
            <source>the chat history file is damaged (ShortChat repairs it when it starts next)</source>
            <translation>die Datei des Chatverlaufs ist beschädigt (ShortChat repariert sie beim nächsten Start)</translation>
        </message>
        <message>
            <source>the chat history refused it ({why})</source>
            <translation>der Chatverlauf hat den Zugriff verweigert ({why})</translation>
        </message>
        <message>
            <source>The chat history's folder cannot be created ({why}).</source>
            <translation>Der Ordner für den Chatverlauf kann nicht angelegt werden ({why}).</translation>
        </message>
        <message>
            <source>The chat history could not be opened: {why}.</source>
            <translation>Der Chatverlauf konnte nicht geöffnet werden: {why}.</translation>
        </message>
        <message>
            <source>The chat history was written by a newer ShortChat. Update ShortChat to open it (nothing was changed).</source>
            <translation>Der Chatverlauf stammt von einer neueren Version von ShortChat. Aktualisiere ShortChat, um ihn zu öffnen (es wurde nichts verändert).</translation>
        </message>
        <message>
            <source>The chat history file was damaged. {saved} of {total} messages were recovered into a new file; the damaged one was kept as {name}.</source>
            <translation>Die Datei des Chatverlaufs war beschädigt. {saved} von {total} Nachrichten wurden in eine neue Datei gerettet; die beschädigte wurde als {name} aufbewahrt.</translation>
        </message>
        <message>
            <source>The chat history file could not be read ({why}); it was kept as {name} and a new one started.</source>
            <translation>Die Datei des Chatverlaufs konnte nicht gelesen werden ({why}); sie wurde als {name} aufbewahrt und eine neue angelegt.</translation>
        </message>
        <message>
            <source>This was not saved: {why}. Try again in a moment.</source>
            <translation>Das wurde nicht gespeichert: {why}. Versuch es gleich noch einmal.</translation>
        </message>
        <message>
            <source>That chat no longer exists.</source>
            <translation>Diesen Chat gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>That message could not be read.</source>
            <translation>Diese Nachricht konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>A damaged message was set aside ({why}); the rest of the chat is shown.</source>
            <translation>Eine beschädigte Nachricht wurde beiseitegelegt ({why}); der Rest des Chats wird angezeigt.</translation>
        </message>
        <message>
            <source>Until that is fixed, new chats are kept only while ShortChat is open.</source>
            <translation>Bis das behoben ist, bleiben neue Chats nur erhalten, solange ShortChat geöffnet ist.</translation>
        </message>
        <message>
            <source>Your earlier chat is shown, but changes to it are not kept.</source>
            <translation>Dein bisheriger Chat wird angezeigt, aber Änderungen daran werden nicht gespeichert.</translation>
        </message>
        <message>
            <source>Your {count} earlier chats are shown, but changes to them are not kept.</source>
            <translation>Deine {count} bisherigen Chats werden angezeigt, aber Änderungen daran werden nicht gespeichert.</translation>
        </message>
        <message>
            <source>llama.cpp crashed (segmentation fault)</source>
            <translation>llama.cpp ist abgestürzt (Speicherzugriffsfehler)</translation>
        </message>
        <message>
            <source>llama.cpp could not read the model file any more (was it moved or changed?)</source>
            <translation>llama.cpp konnte die Modelldatei nicht mehr lesen (wurde sie verschoben oder verändert?)</translation>
        </message>
        <message>
            <source>llama.cpp crashed on bad numbers in the model file</source>
            <translation>llama.cpp ist an fehlerhaften Zahlen in der Modelldatei abgestürzt</translation>
        </message>
        <message>
            <source>llama.cpp used a processor instruction this computer does not have</source>
            <translation>llama.cpp hat einen Befehl verwendet, den der Prozessor dieses Computers nicht beherrscht</translation>
        </message>
        <message>
            <source>llama.cpp stopped itself</source>
            <translation>llama.cpp hat sich selbst beendet</translation>
        </message>
        <message>
            <source>it was asked to stop by another program</source>
            <translation>ein anderes Programm hat es zum Beenden aufgefordert</translation>
        </message>
        <message>
            <source>it was stopped by the system because the computer ran out of memory</source>
            <translation>das System hat es beendet, weil der Computer keinen freien Speicher mehr hatte</translation>
        </message>
        <message>
            <source>it was stopped by the system or by another program</source>
            <translation>das System oder ein anderes Programm hat es beendet</translation>
        </message>
        <message>
            <source>it stopped responding, so ShortChat ended it</source>
            <translation>es hat nicht mehr reagiert, deshalb hat ShortChat es beendet</translation>
        </message>
        <message>
            <source>it could not get enough memory</source>
            <translation>es hat nicht genug Speicher bekommen</translation>
        </message>
        <message>
            <source>an internal check failed</source>
            <translation>eine interne Prüfung ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>The model stopped unexpectedly: {reason}. Your conversation is safe; load the model again to continue.</source>
            <translation>Das Modell ist unerwartet ausgefallen: {reason}. Dein Chat ist nicht verloren; lade das Modell neu, um weiterzumachen.</translation>
        </message>
        <message>
            <source>it was ended by {signal}</source>
            <translation>es wurde durch {signal} beendet</translation>
        </message>
        <message>
            <source>it stopped responding</source>
            <translation>es hat nicht mehr reagiert</translation>
        </message>
        <message>
            <source>it exited with code {code}</source>
            <translation>es hat sich mit dem Code {code} beendet</translation>
        </message>
        <message>
            <source>{reason} ({cause})</source>
            <translation>{reason} ({cause})</translation>
        </message>
        <message>
            <source>{name} did not fit in this computer's memory: {reason}.</source>
            <translation>{name} hat nicht in den Speicher dieses Computers gepasst: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be loaded: {reason}. The file may be damaged, or too large for this computer.</source>
            <translation>{name} konnte nicht geladen werden: {reason}. Die Datei ist vielleicht beschädigt oder zu groß für diesen Computer.</translation>
        </message>
        <message>
            <source>The model is still busy with the previous request.</source>
            <translation>Das Modell ist noch mit der vorigen Anfrage beschäftigt.</translation>
        </message>
        <message>
            <source>Stopped because ShortChat is closing.</source>
            <translation>Angehalten, weil ShortChat geschlossen wird.</translation>
        </message>
        <message>
            <source>There was not enough memory to finish this. Close other programs, or choose a smaller model.</source>
            <translation>Der Speicher hat dafür nicht gereicht. Schließ andere Programme oder wähle ein kleineres Modell.</translation>
        </message>
        <message>
            <source>Something went wrong inside llama.cpp while it was working; the details are in the log ({log}).</source>
            <translation>In llama.cpp ist während der Arbeit etwas schiefgegangen; Details stehen im Protokoll ({log}).</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model, which this version of ShortChat cannot run.</source>
            <translation>{name} ist ein Modell vom Typ „{arch}“, das diese Version von ShortChat nicht ausführen kann.</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged. If you downloaded it, download it again.</source>
            <translation>{name} ist unvollständig oder beschädigt. Wenn du die Datei heruntergeladen hast, lade sie erneut herunter.</translation>
        </message>
        <message>
            <source>There is not enough memory to load {name}. Close other programs or choose a smaller model.</source>
            <translation>Der Speicher reicht nicht, um {name} zu laden. Schließ andere Programme oder wähle ein kleineres Modell.</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program (llama.cpp said: {cause}).</source>
            <translation>{name} konnte nicht geladen werden: Die Datei ist vielleicht beschädigt oder für ein anderes Programm gedacht (llama.cpp meldet: {cause}).</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program.</source>
            <translation>{name} konnte nicht geladen werden: Die Datei ist vielleicht beschädigt oder für ein anderes Programm gedacht.</translation>
        </message>
        <message>
            <source>llama.cpp found no way to run models on this computer (no CPU backend was found).</source>
            <translation>llama.cpp hat keine Möglichkeit gefunden, Modelle auf diesem Computer auszuführen (kein CPU-Backend gefunden).</translation>
        </message>
        <message>
            <source>The reply length ({reply_tokens} tokens) leaves no room in the model's context of {n_ctx} tokens. Choose a shorter reply length.</source>
            <translation>Bei dieser Antwortlänge ({reply_tokens} Token) bleibt im Chat-Gedächtnis des Modells ({n_ctx} Token) kein Platz mehr. Wähle eine kürzere maximale Antwortlänge.</translation>
        </message>
        <message>
            <source>This message is too long for the model: with the instructions it needs {count} tokens, but only {budget} fit beside a reply of {reply_tokens} tokens. Shorten the message, or choose a longer context or a shorter reply in the settings.</source>
            <translation>Diese Nachricht ist zu lang für das Modell: Mit den Anweisungen braucht sie {count} Token, aber neben einer Antwort von {reply_tokens} Token passen nur {budget} hinein. Kürze die Nachricht oder wähle in den Einstellungen ein längeres Chat-Gedächtnis oder eine kürzere Antwortlänge.</translation>
        </message>
        <message>
            <source>Refused to download a file with an unsafe name: {name}.</source>
            <translation>Eine Datei mit unsicherem Namen wurde nicht heruntergeladen: {name}.</translation>
        </message>
        <message>
            <source>{file} is not (or no longer) published in {repo}.</source>
            <translation>{file} ist in {repo} nicht (oder nicht mehr) veröffentlicht.</translation>
        </message>
        <message>
            <source>The hub gives no checksum for {file}, so it cannot be verified.</source>
            <translation>Der Hub nennt keine Prüfsumme für {file}, daher lässt sich die Datei nicht prüfen.</translation>
        </message>
        <message>
            <source>{repo} is not published on the model hub.</source>
            <translation>{repo} ist nicht auf dem Modell-Hub veröffentlicht.</translation>
        </message>
        <message>
            <source>The model hub gave an answer ShortChat does not understand ({why}).</source>
            <translation>Der Modell-Hub hat eine Antwort gegeben, die ShortChat nicht versteht ({why}).</translation>
        </message>
        <message>
            <source>Stopped waiting; the other ShortChat is still downloading {name}.</source>
            <translation>Warten abgebrochen; das andere ShortChat lädt {name} noch herunter.</translation>
        </message>
        <message>
            <source>The download was stopped. It will continue from here next time.</source>
            <translation>Der Download wurde angehalten. Beim nächsten Mal geht er hier weiter.</translation>
        </message>
        <message>
            <source>The download of {file} failed: {why}</source>
            <translation>Der Download von {file} ist fehlgeschlagen: {why}</translation>
        </message>
        <message>
            <source>{file} changed on the model hub while it was downloading. Try again to download the new version.</source>
            <translation>{file} hat sich während des Downloads auf dem Modell-Hub geändert. Versuch es erneut, um die neue Version herunterzuladen.</translation>
        </message>
        <message>
            <source>The download was stopped while its file was being checked.</source>
            <translation>Der Download wurde angehalten, während die Datei geprüft wurde.</translation>
        </message>
        <message>
            <source>context length</source>
            <translation>Kontextlänge</translation>
        </message>
        <message>
            <source>layer count</source>
            <translation>Anzahl der Schichten</translation>
        </message>
        <message>
            <source>embedding size</source>
            <translation>Embedding-Größe</translation>
        </message>
        <message>
            <source>attention head count</source>
            <translation>Anzahl der Attention-Heads</translation>
        </message>
        <message>
            <source>feed-forward size</source>
            <translation>Feed-Forward-Größe</translation>
        </message>
        <message>
            <source>file type</source>
            <translation>Dateityp</translation>
        </message>
        <message>
            <source>alignment</source>
            <translation>Ausrichtung</translation>
        </message>
        <message>
            <source>it does not say what kind of model it is</source>
            <translation>die Datei gibt nicht an, welche Art von Modell sie enthält</translation>
        </message>
        <message>
            <source>its {words} is {value}, which no model has</source>
            <translation>{words}: {value} – diesen Wert hat kein Modell</translation>
        </message>
        <message>
            <source>its vocabulary is empty or impossibly large</source>
            <translation>das Vokabular ist leer oder unmöglich groß</translation>
        </message>
        <message>
            <source>it ends too early</source>
            <translation>die Datei endet zu früh</translation>
        </message>
        <message>
            <source>a text field has an impossible length</source>
            <translation>ein Textfeld hat eine unmögliche Länge</translation>
        </message>
        <message>
            <source>an array has an impossible length</source>
            <translation>ein Array hat eine unmögliche Länge</translation>
        </message>
        <message>
            <source>an array has an unknown element type {element_type}</source>
            <translation>ein Array hat den unbekannten Elementtyp {element_type}</translation>
        </message>
        <message>
            <source>a value has an unknown type {value_type}</source>
            <translation>ein Wert hat den unbekannten Typ {value_type}</translation>
        </message>
        <message>
            <source>a tensor has too many dimensions</source>
            <translation>ein Tensor hat zu viele Dimensionen</translation>
        </message>
        <message>
            <source>a tensor has a size of zero</source>
            <translation>ein Tensor hat die Größe null</translation>
        </message>
        <message>
            <source>a tensor's data is misplaced</source>
            <translation>die Daten eines Tensors liegen an der falschen Stelle</translation>
        </message>
        <message>
            <source>a tensor's size does not match its type</source>
            <translation>die Größe eines Tensors passt nicht zu seinem Typ</translation>
        </message>
        <message>
            <source>{name} is a link to a file that is not there.</source>
            <translation>{name} ist eine Verknüpfung auf eine Datei, die es nicht gibt.</translation>
        </message>
        <message>
            <source>There is no model file at {path}.</source>
            <translation>Unter {path} gibt es keine Modelldatei.</translation>
        </message>
        <message>
            <source>{name} is a link that leads nowhere (it loops back on itself).</source>
            <translation>{name} ist eine Verknüpfung, die ins Leere führt (sie verweist im Kreis auf sich selbst).</translation>
        </message>
        <message>
            <source>{name} could not be read: {why}.</source>
            <translation>{name} konnte nicht gelesen werden: {why}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a model file.</source>
            <translation>{path} ist ein Ordner, keine Modelldatei.</translation>
        </message>
        <message>
            <source>{name} is not a regular file (it is a pipe, a device or a socket), so it is no model.</source>
            <translation>{name} ist keine normale Datei (sondern eine Pipe, ein Gerät oder ein Socket) und damit kein Modell.</translation>
        </message>
        <message>
            <source>{name} is not a regular file, so it is no model.</source>
            <translation>{name} ist keine normale Datei und damit kein Modell.</translation>
        </message>
        <message>
            <source>{name} uses the old GGML format, which llama.cpp no longer reads. Download the GGUF version of this model instead.</source>
            <translation>{name} verwendet das alte GGML-Format, das llama.cpp nicht mehr liest. Lade stattdessen die GGUF-Version dieses Modells herunter.</translation>
        </message>
        <message>
            <source>{name} is not a GGUF model file. ShortChat runs models in the GGUF format (files ending in .gguf).</source>
            <translation>{name} ist keine GGUF-Modelldatei. ShortChat führt Modelle im GGUF-Format aus (Dateien mit der Endung .gguf).</translation>
        </message>
        <message>
            <source>{name} is GGUF version {version}, which this version of ShortChat cannot read.</source>
            <translation>{name} hat die GGUF-Version {version}, die diese Version von ShortChat nicht lesen kann.</translation>
        </message>
        <message>
            <source>its header counts are impossible</source>
            <translation>der Dateikopf enthält unmögliche Anzahlen</translation>
        </message>
        <message>
            <source>a metadata key is empty</source>
            <translation>ein Metadatenschlüssel ist leer</translation>
        </message>
        <message>
            <source>a metadata key appears twice</source>
            <translation>ein Metadatenschlüssel kommt doppelt vor</translation>
        </message>
        <message>
            <source>ShortChat is not allowed to read {name}.</source>
            <translation>ShortChat hat keine Berechtigung, {name} zu lesen.</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete ({why}). If you downloaded it, download it again.</source>
            <translation>{name} ist beschädigt oder unvollständig ({why}). Wenn du die Datei heruntergeladen hast, lade sie erneut herunter.</translation>
        </message>
        <message>
            <source>{name} is damaged ({why}). If you downloaded it, download it again.</source>
            <translation>{name} ist beschädigt ({why}). Wenn du die Datei heruntergeladen hast, lade sie erneut herunter.</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged: it is {size} bytes long, but its model weights need {needed}. If you downloaded it, download it again; if you copied it, copy it again.</source>
            <translation>{name} ist unvollständig oder beschädigt: Die Datei ist {size} Byte groß, aber ihre Modellgewichte brauchen {needed}. Wenn du sie heruntergeladen hast, lade sie erneut herunter; wenn du sie kopiert hast, kopiere sie erneut.</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model (used for images or search), not a chat model.</source>
            <translation>{name} ist ein Modell vom Typ „{arch}“ (für Bilder oder Suche), kein Chat-Modell.</translation>
        </message>
        <message>
            <source>{name} holds no model weights (it has no tensors).</source>
            <translation>{name} enthält keine Modellgewichte (keine Tensoren).</translation>
        </message>
        <message>
            <source>There is no model called {name}. `shortchat list` shows the models you have.</source>
            <translation>Es gibt kein Modell namens {name}. `shortchat list` zeigt die Modelle, die du hast.</translation>
        </message>
        <message>
            <source>A model called {name} is already in the models folder.</source>
            <translation>Im Modellordner gibt es schon ein Modell namens {name}.</translation>
        </message>
        <message>
            <source>Not enough disk space to copy {name}; add it as a link instead.</source>
            <translation>Nicht genug Speicherplatz, um {name} zu kopieren; füge es stattdessen als Verknüpfung hinzu.</translation>
        </message>
        <message>
            <source>This computer has no keychain, so API keys are kept only until ShortChat closes.</source>
            <translation>Dieser Computer hat keinen Schlüsselbund, daher werden API-Schlüssel nur aufbewahrt, bis ShortChat geschlossen wird.</translation>
        </message>
        <message>
            <source>The connection to {computer} was cut off in the middle of the reply.</source>
            <translation>Die Verbindung zu {computer} ist mitten in der Antwort abgebrochen.</translation>
        </message>
        <message>
            <source>The server at {computer} no longer offers {model_name}.</source>
            <translation>Der Server auf {computer} bietet {model_name} nicht mehr an.</translation>
        </message>
        <message>
            <source>The model at {computer} has no end-of-reply token ShortChat can use.</source>
            <translation>Das Modell auf {computer} hat kein Token für das Antwortende, das ShortChat nutzen kann.</translation>
        </message>
        <message>
            <source>No model is chosen. Choose a model first.</source>
            <translation>Es ist kein Modell ausgewählt. Wähle zuerst ein Modell.</translation>
        </message>
        <message>
            <source>The Ollama server said: {error}</source>
            <translation>Der Ollama-Server meldet: {error}</translation>
        </message>
        <message>
            <source>Give the server's address, like http://192.168.1.20:8080.</source>
            <translation>Gib die Adresse des Servers an, etwa http://192.168.1.20:8080.</translation>
        </message>
        <message>
            <source>“{url}” is not a server address; give one like http://192.168.1.20:8080.</source>
            <translation>„{url}“ ist keine Serveradresse; gib eine an, etwa http://192.168.1.20:8080.</translation>
        </message>
        <message>
            <source>The server at {computer} refused the API key; check the key in the settings.</source>
            <translation>Der Server auf {computer} hat den API-Schlüssel abgelehnt; prüfe den Schlüssel in den Einstellungen.</translation>
        </message>
        <message>
            <source>The server at {computer} is still loading its model; try again in a moment.</source>
            <translation>Der Server auf {computer} lädt noch sein Modell; versuch es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The server at {computer} does not offer this (wrong address or model name).</source>
            <translation>Der Server auf {computer} bietet das nicht an (falsche Adresse oder falscher Modellname).</translation>
        </message>
        <message>
            <source>The server at {computer} answered with an error (HTTP {status}).</source>
            <translation>Der Server auf {computer} hat mit einem Fehler geantwortet (HTTP {status}).</translation>
        </message>
        <message>
            <source>The secure connection to {computer} failed: its certificate is not trusted by this computer.</source>
            <translation>Die sichere Verbindung zu {computer} ist fehlgeschlagen: Dieser Computer vertraut seinem Zertifikat nicht.</translation>
        </message>
        <message>
            <source>The server at {computer} did not answer in time.</source>
            <translation>Der Server auf {computer} hat nicht rechtzeitig geantwortet.</translation>
        </message>
        <message>
            <source>Cannot reach the server at {computer}: is it running, and is the address right?</source>
            <translation>Der Server auf {computer} ist nicht erreichbar: Läuft er, und stimmt die Adresse?</translation>
        </message>
        <message>
            <source>The server at {computer} could not be used ({kind}).</source>
            <translation>Der Server auf {computer} konnte nicht genutzt werden ({kind}).</translation>
        </message>
        <message>
            <source>The server at {computer} is not one ShortChat can talk to.</source>
            <translation>Mit dem Server auf {computer} kann ShortChat nicht kommunizieren.</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used for now.</source>
            <translation>Die Einstellungsdatei konnte nicht gelesen werden ({why}); vorerst gelten die Standardwerte.</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used (the old file: {kept}).</source>
            <translation>Die Einstellungsdatei konnte nicht gelesen werden ({why}); es gelten die Standardwerte (die alte Datei: {kept}).</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used.</source>
            <translation>Die Einstellungsdatei konnte nicht gelesen werden ({why}); es gelten die Standardwerte.</translation>
        </message>
        <message>
            <source>The setting {name} had a value ShortChat cannot use; it is back to its default.</source>
            <translation>Die Einstellung {name} hatte einen Wert, den ShortChat nicht verwenden kann; sie steht wieder auf dem Standardwert.</translation>
        </message>
        <message>
            <source>The settings could not be saved in {parent} ({why}); they stay as they are until ShortChat closes.</source>
            <translation>Die Einstellungen konnten nicht in {parent} gespeichert werden ({why}); sie bleiben nur erhalten, bis ShortChat geschlossen wird.</translation>
        </message>
    </context>
    <context>
        <name>ExampleQuestions</name>
        <message>
            <source>Example questions</source>
            <translation>Beispielfragen</translation>
        </message>
        <message>
            <source>Not sure where to start? Try one of these:</source>
            <translation>Du weißt nicht, womit du anfangen sollst? Probier eine davon:</translation>
        </message>
        <message>
            <source>These models answer best in English; questions in other languages get weaker replies.</source>
            <translation>Diese Modelle antworten am besten auf Englisch; Fragen in anderen Sprachen bekommen schwächere Antworten.</translation>
        </message>
        <message>
            <source>Ask this question</source>
            <translation>Diese Frage stellen</translation>
        </message>
        <message>
            <source>Ask: {question}</source>
            <translation>Fragen: {question}</translation>
        </message>
    </context>
    <context>
        <name>Fit</name>
        <message>
            <source>Fits easily</source>
            <translation>Passt bequem</translation>
        </message>
        <message>
            <source>Fits, but close the other programs</source>
            <translation>Passt, aber schließ die anderen Programme</translation>
        </message>
        <message>
            <source>Too big for this computer</source>
            <translation>Zu groß für diesen Computer</translation>
        </message>
        <message>
            <source>needs {size} of memory</source>
            <translation>braucht {size} Speicher</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>braucht etwa {size} Speicher</translation>
        </message>
        <message>
            <source> and {size} on the GPU ({layers} layers)</source>
            <translation> und {size} auf der GPU ({layers} Schichten)</translation>
        </message>
        <message>
            <source>; {free} of {total} is free</source>
            <translation>; {free} von {total} sind frei</translation>
        </message>
        <message>
            <source>Not published on the model hub yet</source>
            <translation>Noch nicht auf dem Modell-Hub veröffentlicht</translation>
        </message>
        <message>
            <source> (not checked with the hub)</source>
            <translation> (nicht mit dem Hub abgeglichen)</translation>
        </message>
        <message>
            <source>Best quality that fits your {memory}: the {model} model at {quant}.</source>
            <translation>Beste Qualität, die in deine {memory} passt: das Modell {model} in {quant}.</translation>
        </message>
        <message>
            <source>Best quality that fits</source>
            <translation>Beste Qualität, die passt</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Ausgewogen</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: good answers, quick to reply.</source>
            <translation>Das Modell {model} in {quant}: gute Antworten, schnelle Reaktion.</translation>
        </message>
        <message>
            <source>Smallest and fastest</source>
            <translation>Am kleinsten und schnellsten</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: the least memory and the quickest download ({size}), with simpler answers.</source>
            <translation>Das Modell {model} in {quant}: am wenigsten Speicher und der schnellste Download ({size}), mit einfacheren Antworten.</translation>
        </message>
    </context>
    <context>
        <name>FitTable</name>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Quality level</source>
            <translation>Qualitätsstufe</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <source>Memory needed</source>
            <translation>Benötigter Speicher</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <source>Longest chat</source>
            <translation>Längster Chat</translation>
        </message>
        <message>
            <source>Quality lost</source>
            <translation>Qualitätsverlust</translation>
        </message>
        <message>
            <source>How many billion parameters the model has: bigger models know more and need more memory.</source>
            <translation>Wie viele Milliarden Parameter das Modell hat: größere Modelle wissen mehr und brauchen mehr Speicher.</translation>
        </message>
        <message>
            <source>Called the “quant” (e.g. Q4_K_M): how finely the model's numbers are stored. Higher levels (Q8_0) are closer to the original and need more memory; Q4_K_M is a good balance.</source>
            <translation>Auch „Quant“ genannt (z. B. Q4_K_M): wie fein die Zahlen des Modells gespeichert sind. Höhere Stufen (Q8_0) sind näher am Original und brauchen mehr Speicher; Q4_K_M ist ein guter Kompromiss.</translation>
        </message>
        <message>
            <source>How much worse than the original the answers get at this quality level (lower is better).</source>
            <translation>Wie viel schlechter als beim Original die Antworten auf dieser Qualitätsstufe werden (weniger ist besser).</translation>
        </message>
        <message>
            <source>The longest chat the model can see at once and still fit easily (a token is about ¾ of a word)</source>
            <translation>Der längste Chat, den das Modell auf einmal sehen kann und der noch bequem passt (ein Token ist etwa ¾ eines Wortes)</translation>
        </message>
        <message>
            <source>How fast it writes here: estimated from this computer's memory speed, or measured once the model has been used (a word is about 1.3 tokens)</source>
            <translation>Wie schnell es hier schreibt: geschätzt aus der Speichergeschwindigkeit dieses Computers oder gemessen, sobald das Modell benutzt wurde (ein Wort sind etwa 1,3 Token)</translation>
        </message>
        <message>
            <source>{size}, measured</source>
            <translation>{size}, gemessen</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>etwa {size}</translation>
        </message>
        <message>
            <source>almost none</source>
            <translation>fast keiner</translation>
        </message>
        <message>
            <source>very little</source>
            <translation>sehr wenig</translation>
        </message>
        <message>
            <source>a little</source>
            <translation>etwas</translation>
        </message>
        <message>
            <source>noticeable</source>
            <translation>spürbar</translation>
        </message>
        <message>
            <source>a lot</source>
            <translation>viel</translation>
        </message>
        <message>
            <source>Every size and quality level</source>
            <translation>Alle Größen und Qualitätsstufen</translation>
        </message>
        <message>
            <source>★ Recommended · {verdict}</source>
            <translation>★ Empfohlen · {verdict}</translation>
        </message>
        <message>
            <source>~{size}</source>
            <translation>~{size}</translation>
        </message>
        <message>
            <source>{count} tokens</source>
            <translation>{count} Token</translation>
        </message>
        <message>
            <source>The model's makers have not published this one on the hub.</source>
            <translation>Die Macher des Modells haben diese Datei nicht auf dem Hub veröffentlicht.</translation>
        </message>
        <message>
            <source>(measured on this computer)</source>
            <translation>(auf diesem Computer gemessen)</translation>
        </message>
    </context>
    <context>
        <name>HubStatus</name>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Ask the model hub again which models are available</source>
            <translation>Den Modell-Hub noch einmal fragen, welche Modelle es gibt</translation>
        </message>
    </context>
    <context>
        <name>InstalledModels</name>
        <message>
            <source> · added from disk</source>
            <translation> · vom Datenträger hinzugefügt</translation>
        </message>
        <message>
            <source>measured here: needs {size}, writes {speed}</source>
            <translation>hier gemessen: braucht {size}, schreibt {speed}</translation>
        </message>
        <message>
            <source>measured the first time it is used</source>
            <translation>wird beim ersten Gebrauch gemessen</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In Gebrauch</translation>
        </message>
        <message>
            <source>The chat uses this model now</source>
            <translation>Der Chat nutzt jetzt dieses Modell</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Verwenden</translation>
        </message>
        <message>
            <source>Chat with {model}</source>
            <translation>Mit {model} chatten</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>{model} verwenden</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Delete {model}</source>
            <translation>{model} löschen</translation>
        </message>
        <message>
            <source>&lt;b&gt;On this computer&lt;/b&gt;</source>
            <translation>&lt;b&gt;Auf diesem Computer&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Compare two models…</source>
            <translation>Zwei Modelle vergleichen…</translation>
        </message>
        <message>
            <source>Ask two of your models the same question and see both answers side by side</source>
            <translation>Zwei deiner Modelle dieselbe Frage stellen und beide Antworten nebeneinander sehen</translation>
        </message>
        <message>
            <source>Models on this computer</source>
            <translation>Modelle auf diesem Computer</translation>
        </message>
    </context>
    <context>
        <name>LoadPlan</name>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} the models were trained on: late in a long chat the replies may stop making sense.</source>
            <translation>Das Chat-Gedächtnis ist auf {count} Token eingestellt, mehr als die {trained}, mit denen die Modelle trainiert wurden: In einem langen Chat können die Antworten mit der Zeit unsinnig werden.</translation>
        </message>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} this model was trained on: late in a long chat the replies may stop making sense.</source>
            <translation>Das Chat-Gedächtnis ist auf {count} Token eingestellt, mehr als die {trained}, mit denen dieses Modell trainiert wurde: In einem langen Chat können die Antworten mit der Zeit unsinnig werden.</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat keeps this chat's memory in a compact form so it fits ({saved} less; replies come slower late in a long chat).</source>
            <translation>{model} braucht etwa {size} Speicher, um sich {count} Token Chat zu merken – mehr, als dieser Computer übrig hat. Deshalb hält ShortChat das Chat-Gedächtnis in kompakter Form, damit es passt ({saved} weniger; die Antworten werden langsamer, je länger der Chat wird).</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat works through this chat's memory in a leaner way so it fits ({saved} less; replies come a little slower late in a long chat).</source>
            <translation>{model} braucht etwa {size} Speicher, um sich {count} Token Chat zu merken – mehr, als dieser Computer übrig hat. Deshalb geht ShortChat sparsamer mit dem Chat-Gedächtnis um, damit es passt ({saved} weniger; die Antworten werden etwas langsamer, je länger der Chat wird).</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory, more than this computer can spare.</source>
            <translation>{model} braucht etwa {size} Speicher – mehr, als dieser Computer übrig hat.</translation>
        </message>
        <message>
            <source>{model} did not fit when loading.</source>
            <translation>{model} hat beim Laden nicht in den Speicher gepasst.</translation>
        </message>
        <message>
            <source>ShortChat is loading it as asked.</source>
            <translation>ShortChat lädt es wie gewünscht.</translation>
        </message>
        <message>
            <source>ShortChat is loading it with {count} of its layers on the graphics card and the rest on the processor.</source>
            <translation>ShortChat lädt es mit {count} seiner Schichten auf der Grafikkarte und dem Rest auf dem Prozessor.</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only (slower).</source>
            <translation>ShortChat lädt es so, dass es nur auf dem Prozessor läuft (langsamer).</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights and with this chat's memory in a compact form (about a third slower, {saved} less at its peak).</source>
            <translation>ShortChat lädt es ohne die auf Tempo optimierte Kopie seiner Gewichte und mit dem Chat-Gedächtnis in kompakter Form (etwa ein Drittel langsamer, in der Spitze {saved} weniger).</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights (about a third slower, {saved} less at its peak).</source>
            <translation>ShortChat lädt es ohne die auf Tempo optimierte Kopie seiner Gewichte (etwa ein Drittel langsamer, in der Spitze {saved} weniger).</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller file of the same model, {saved} less memory).</source>
            <translation>ShortChat lädt stattdessen {model} (eine kleinere Datei desselben Modells, {saved} weniger Speicher).</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller model, {saved} less memory).</source>
            <translation>ShortChat lädt stattdessen {model} (ein kleineres Modell, {saved} weniger Speicher).</translation>
        </message>
        <message>
            <source>It is loaded without its speed-up copy of the weights (about a third slower).</source>
            <translation>Es wird ohne die auf Tempo optimierte Kopie seiner Gewichte geladen (etwa ein Drittel langsamer).</translation>
        </message>
        <message>
            <source>This chat's memory is kept in a compact form (slower late in a long chat).</source>
            <translation>Das Chat-Gedächtnis wird in kompakter Form gehalten (langsamer, je länger der Chat wird).</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>ShortChat lädt es so, dass es nur auf dem Prozessor läuft, und hält das Chat-Gedächtnis in kompakter Form ({saved} weniger Speicher, langsamer, je länger der Chat wird).</translation>
        </message>
        <message>
            <source>ShortChat is loading it with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>ShortChat lädt es mit dem Chat-Gedächtnis in kompakter Form ({saved} weniger Speicher, langsamer, je länger der Chat wird).</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>ShortChat lädt es so, dass es nur auf dem Prozessor läuft, und geht sparsamer mit dem Chat-Gedächtnis um ({saved} weniger Speicher, etwas langsamer, je länger der Chat wird).</translation>
        </message>
        <message>
            <source>ShortChat is loading it working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>ShortChat lädt es und geht dabei sparsamer mit dem Chat-Gedächtnis um ({saved} weniger Speicher, etwas langsamer, je länger der Chat wird).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Downloads</source>
            <translation>Downloads</translation>
        </message>
        <message>
            <source>Text size {size} %</source>
            <translation>Schriftgröße {size} %</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Wähle zuerst ein Modell.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Rückgängig (Strg+Z)</translation>
        </message>
        <message>
            <source>Chat deleted ·</source>
            <translation>Chat gelöscht ·</translation>
        </message>
        <message>
            <source>The model will use the new settings the next time it loads.</source>
            <translation>Das Modell nutzt die neuen Einstellungen, wenn es das nächste Mal geladen wird.</translation>
        </message>
        <message>
            <source>Add a model file</source>
            <translation>Eine Modelldatei hinzufügen</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF-Modelle (*.gguf)</translation>
        </message>
        <message>
            <source>This file cannot be used</source>
            <translation>Diese Datei lässt sich nicht verwenden</translation>
        </message>
        <message>
            <source>That model is in use; wait for the reply to end.</source>
            <translation>Dieses Modell ist in Gebrauch; warte, bis die Antwort fertig ist.</translation>
        </message>
        <message>
            <source>Comparing needs two downloaded models; “Choose a model” gets another one.</source>
            <translation>Zum Vergleichen braucht es zwei heruntergeladene Modelle; „Ein Modell wählen“ holt ein weiteres.</translation>
        </message>
        <message>
            <source>Wait for the reply (or stop it) first.</source>
            <translation>Warte zuerst auf die Antwort (oder halte sie an).</translation>
        </message>
    </context>
    <context>
        <name>Markdown</name>
        <message>
            <source>Copy code</source>
            <translation>Code kopieren</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Choose a model…</source>
            <translation>Modell &amp;wählen…</translation>
        </message>
        <message>
            <source>&amp;Add a model file…</source>
            <translation>Modelldatei &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>Open the models &amp;folder</source>
            <translation>Modell&amp;ordner öffnen</translation>
        </message>
        <message>
            <source>&amp;Export this chat…</source>
            <translation>Diesen Chat e&amp;xportieren…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;Chat</translation>
        </message>
        <message>
            <source>&amp;New chat</source>
            <translation>&amp;Neuer Chat</translation>
        </message>
        <message>
            <source>&amp;Find in all chats…</source>
            <translation>In allen Chats &amp;suchen…</translation>
        </message>
        <message>
            <source>&amp;Stop the reply</source>
            <translation>Antwort an&amp;halten</translation>
        </message>
        <message>
            <source>&amp;Regenerate</source>
            <translation>Neu sch&amp;reiben</translation>
        </message>
        <message>
            <source>C&amp;ontinue the reply</source>
            <translation>Antwort &amp;fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Copy the last reply</source>
            <translation>Letzte Antwort &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy the &amp;whole chat</source>
            <translation>&amp;Ganzen Chat kopieren</translation>
        </message>
        <message>
            <source>&amp;Instructions for this chat…</source>
            <translation>&amp;Anweisungen für diesen Chat…</translation>
        </message>
        <message>
            <source>Rena&amp;me this chat…</source>
            <translation>Chat &amp;umbenennen…</translation>
        </message>
        <message>
            <source>&amp;Delete this chat</source>
            <translation>Chat &amp;löschen</translation>
        </message>
        <message>
            <source>Compare &amp;two models…</source>
            <translation>Zwei Modelle &amp;vergleichen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>&amp;Größere Schrift</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>&amp;Kleinere Schrift</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>&amp;Normale Schriftgröße</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Design</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;Über {app}</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Downloads</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelle</translation>
        </message>
    </context>
    <context>
        <name>Message</name>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy this message</source>
            <translation>Diese Nachricht kopieren</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Change this question and ask it again</source>
            <translation>Diese Frage ändern und neu stellen</translation>
        </message>
        <message>
            <source>The version before</source>
            <translation>Vorherige Version</translation>
        </message>
        <message>
            <source>The version after</source>
            <translation>Nächste Version</translation>
        </message>
    </context>
    <context>
        <name>MessageBoxes</name>
        <message>
            <source>The models' licence</source>
            <translation>Die Lizenz der Modelle</translation>
        </message>
        <message>
            <source>The Shortened LLaMA models are for non-commercial use only.</source>
            <translation>Die Shortened-LLaMA-Modelle sind nur für nicht kommerzielle Zwecke bestimmt.</translation>
        </message>
        <message>
            <source>Nota AI made them from Vicuna v1.3, whose licence allows research and personal use, not use in a business. By downloading one you agree to that. (Help → About ShortChat shows all the licences.)</source>
            <translation>Nota AI hat sie aus Vicuna v1.3 gemacht, dessen Lizenz Forschung und private Nutzung erlaubt, aber keine Nutzung in einem Unternehmen. Wenn du eines herunterlädst, stimmst du dem zu. (Hilfe → Über ShortChat zeigt alle Lizenzen.)</translation>
        </message>
        <message>
            <source>I agree, download</source>
            <translation>Einverstanden, herunterladen</translation>
        </message>
        <message>
            <source>This model is too big</source>
            <translation>Dieses Modell ist zu groß</translation>
        </message>
        <message>
            <source>{model} needs about {needed} of memory, but this computer has {total} in all and {free} free, and none of your other models fits either.</source>
            <translation>{model} braucht etwa {needed} Speicher, aber dieser Computer hat insgesamt {total} und {free} frei, und keines deiner anderen Modelle passt.</translation>
        </message>
        <message>
            <source>Loading it could make the whole computer very slow until ShortChat is closed.</source>
            <translation>Es zu laden könnte den ganzen Computer sehr langsam machen, bis ShortChat geschlossen wird.</translation>
        </message>
        <message>
            <source>The best one that fits is {model}.</source>
            <translation>Das beste passende Modell ist {model}.</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>{model} verwenden</translation>
        </message>
        <message>
            <source>Load it anyway</source>
            <translation>Trotzdem laden</translation>
        </message>
        <message>
            <source>Delete the model?</source>
            <translation>Das Modell löschen?</translation>
        </message>
        <message>
            <source>Delete {model} ({size}) from this computer?</source>
            <translation>{model} ({size}) von diesem Computer löschen?</translation>
        </message>
        <message>
            <source>A reply is still being written (what it has written so far is kept).</source>
            <translation>Eine Antwort wird noch geschrieben (was schon dasteht, bleibt erhalten).</translation>
        </message>
        <message>
            <source>A download is running (it goes on from where it stopped the next time ShortChat starts).</source>
            <translation>Ein Download läuft (er geht beim nächsten Start von ShortChat dort weiter, wo er aufgehört hat).</translation>
        </message>
        <message>
            <source>Close ShortChat?</source>
            <translation>ShortChat schließen?</translation>
        </message>
    </context>
    <context>
        <name>MessageInput</name>
        <message>
            <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>Schreib eine Nachricht… (Eingabe sendet, Umschalt+Eingabe für eine neue Zeile)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. ShortChat is using {other} instead.</source>
            <translation>Das Modell, das du zuletzt benutzt hast, {model}, ist nicht mehr auf diesem Computer. ShortChat nimmt stattdessen {other}.</translation>
        </message>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. Choose one to download below, or add a model file you have.</source>
            <translation>Das Modell, das du zuletzt benutzt hast, {model}, ist nicht mehr auf diesem Computer. Wähle unten eines zum Herunterladen oder füge eine Modelldatei hinzu, die du hast.</translation>
        </message>
        <message>
            <source>Downloading {model}. You can keep chatting meanwhile.</source>
            <translation>{model} wird heruntergeladen. Du kannst währenddessen weiterchatten.</translation>
        </message>
        <message>
            <source>Downloading {model}.</source>
            <translation>{model} wird heruntergeladen.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} with {gpu_free} free.</source>
            <translation>Dieser Computer: {total} Speicher ({free} frei), {gpu} mit {gpu_free} frei.</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} (not used by this version of ShortChat).</source>
            <translation>Dieser Computer: {total} Speicher ({free} frei), {gpu} (von dieser Version von ShortChat nicht genutzt).</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), no graphics card ShortChat can use.</source>
            <translation>Dieser Computer: {total} Speicher ({free} frei), keine Grafikkarte, die ShortChat nutzen kann.</translation>
        </message>
        <message>
            <source>Choose a model</source>
            <translation>Ein Modell wählen</translation>
        </message>
        <message>
            <source>Looking at this computer…</source>
            <translation>Dieser Computer wird geprüft…</translation>
        </message>
        <message>
            <source>Simple</source>
            <translation>Einfach</translation>
        </message>
        <message>
            <source>All sizes and quality levels</source>
            <translation>Alle Größen und Qualitätsstufen</translation>
        </message>
        <message>
            <source>Add a file from disk…</source>
            <translation>Datei vom Datenträger hinzufügen…</translation>
        </message>
        <message>
            <source>Back to the chat</source>
            <translation>Zurück zum Chat</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Herunterladen</translation>
        </message>
        <message>
            <source>chats up to {count} tokens</source>
            <translation>Chats bis {count} Token</translation>
        </message>
        <message>
            <source>no room for a chat</source>
            <translation>kein Platz für einen Chat</translation>
        </message>
        <message>
            <source>measured on this computer</source>
            <translation>auf diesem Computer gemessen</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>geschätzt</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In Gebrauch</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Dieses Modell verwenden</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Wird heruntergeladen…</translation>
        </message>
        <message>
            <source>Download (needs the internet)</source>
            <translation>Herunterladen (braucht Internet)</translation>
        </message>
        <message>
            <source>Download ({size})</source>
            <translation>Herunterladen ({size})</translation>
        </message>
    </context>
    <context>
        <name>ModelSession</name>
        <message>
            <source>Loading {model}…</source>
            <translation>{model} wird geladen…</translation>
        </message>
        <message>
            <source>Loading {model}… {percent} %</source>
            <translation>{model} wird geladen… {percent} %</translation>
        </message>
        <message>
            <source>Loaded in {seconds} s, {count} tokens of context</source>
            <translation>In {seconds} s geladen, Chat-Gedächtnis {count} Token</translation>
        </message>
        <message>
            <source>Ready: {model}</source>
            <translation>Bereit: {model}</translation>
        </message>
        <message>
            <source>No model loaded</source>
            <translation>Kein Modell geladen</translation>
        </message>
    </context>
    <context>
        <name>QualityChart</name>
        <message>
            <source>Chart of answer quality against memory needed</source>
            <translation>Diagramm: Antwortqualität gegen benötigten Speicher</translation>
        </message>
        <message>
            <source>Each dot is one download. Higher is better quality; further right needs more memory.</source>
            <translation>Jeder Punkt ist ein Download. Höher heißt bessere Qualität; weiter rechts braucht mehr Speicher.</translation>
        </message>
    </context>
    <context>
        <name>Remote</name>
        <message>
            <source>llama.cpp server</source>
            <translation>llama.cpp-Server</translation>
        </message>
        <message>
            <source>OpenAI-compatible server</source>
            <translation>OpenAI-kompatibler Server</translation>
        </message>
        <message>
            <source>The prompt is sent as text: typed control words such as &lt;/s&gt; are broken with an invisible character so they stay text</source>
            <translation>Der Prompt wird als Text gesendet: Getippte Steuerwörter wie &lt;/s&gt; werden durch ein unsichtbares Zeichen getrennt, damit sie Text bleiben</translation>
        </message>
        <message>
            <source>The prompt is sent as tokens: typed text is always text, exactly as on this computer</source>
            <translation>Der Prompt wird als Token gesendet: Getippter Text bleibt immer Text, genau wie auf diesem Computer</translation>
        </message>
        <message>
            <source>{server} at {computer} — no model offered yet</source>
            <translation>{server} auf {computer} – bietet noch kein Modell an</translation>
        </message>
        <message>
            <source>{server} at {computer} — {model}</source>
            <translation>{server} auf {computer} – {model}</translation>
        </message>
        <message>
            <source>, chat memory {tokens} tokens</source>
            <translation>, Chat-Gedächtnis {tokens} Token</translation>
        </message>
        <message>
            <source> (and %n more)</source>
            <translation> (und %n weitere)</translation>
        </message>
    </context>
    <context>
        <name>RemoteModels</name>
        <message>
            <source>chat memory {count} tokens</source>
            <translation>Chat-Gedächtnis {count} Token</translation>
        </message>
        <message>
            <source>chat memory as the server sets it</source>
            <translation>Chat-Gedächtnis wie vom Server eingestellt</translation>
        </message>
        <message>
            <source>speed measured after its first reply</source>
            <translation>Tempo wird nach der ersten Antwort gemessen</translation>
        </message>
        <message>
            <source>writes {speed}, measured from here</source>
            <translation>schreibt {speed}, von hier gemessen</translation>
        </message>
        <message>
            <source>Chat with {model} on the server at {url}</source>
            <translation>Mit {model} auf dem Server unter {url} chatten</translation>
        </message>
        <message>
            <source>Ask the servers again</source>
            <translation>Server erneut fragen</translation>
        </message>
        <message>
            <source>See which models the computers in Settings → Other computers offer now</source>
            <translation>Sieh nach, welche Modelle die Computer unter Einstellungen → Andere Computer gerade anbieten</translation>
        </message>
        <message>
            <source>On other computers</source>
            <translation>Auf anderen Computern</translation>
        </message>
        <message>
            <source>Models on other computers</source>
            <translation>Modelle auf anderen Computern</translation>
        </message>
        <message>
            <source>{url}: asking the server…</source>
            <translation>{url}: Server wird gefragt …</translation>
        </message>
        <message>
            <source>{model} at {url}</source>
            <translation>{model} unter {url}</translation>
        </message>
        <message>
            <source>Other computers</source>
            <translation>Andere Computer</translation>
        </message>
        <message>
            <source>Servers on other computers</source>
            <translation>Server auf anderen Computern</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <source>API key, if the server has one</source>
            <translation>API-Schlüssel, falls der Server einen hat</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Testen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Models on other computers: chat with a model running on a bigger computer (llama-server, Ollama, or an OpenAI-compatible server).</source>
            <translation>Modelle auf anderen Computern: Chatte mit einem Modell, das auf einem größeren Computer läuft (llama-server, Ollama oder ein OpenAI-kompatibler Server).</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Server wird gefragt …</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Entfernt.</translation>
        </message>
        <message>
            <source>{model} on {computer}</source>
            <translation>{model} auf {computer}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Same as this computer</source>
            <translation>Wie dieser Computer</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Instructions for the model</source>
            <translation>Anweisungen für das Modell</translation>
        </message>
        <message>
            <source>Reset to default</source>
            <translation>Auf Standard zurücksetzen</translation>
        </message>
        <message>
            <source>Put back the instructions ShortChat starts with</source>
            <translation>Die Anweisungen wiederherstellen, mit denen ShortChat beginnt</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> Token</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>gpu layers</source>
            <translation>GPU-Schichten</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Schriftgröße</translation>
        </message>
        <message>
            <source> GB</source>
            <translation> GB</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>Disk for reopening chats</source>
            <translation>Speicherplatz zum Wiedereröffnen von Chats</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Delete what is kept; long chats are read again the next time</source>
            <translation>Das Gespeicherte löschen; lange Chats werden beim nächsten Mal neu gelesen</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>What the model is told before every chat (a chat can have its own: Chat menu).</source>
            <translation>Was das Modell vor jedem Chat gesagt bekommt (ein Chat kann eigene haben: Menü Chat).</translation>
        </message>
        <message>
            <source>Creativity</source>
            <translation>Kreativität</translation>
        </message>
        <message>
            <source>0 gives the likeliest words; higher gives more varied ones.</source>
            <translation>0 wählt die wahrscheinlichsten Wörter; höhere Werte vielfältigere.</translation>
        </message>
        <message>
            <source>Called “temperature”. At 0 the model always picks its likeliest next word, so the same question gets the same reply; higher values pick less likely words more often. 0.7 is a good start.</source>
            <translation>Heißt „Temperature“. Bei 0 wählt das Modell immer das wahrscheinlichste nächste Wort, dieselbe Frage bekommt also dieselbe Antwort; höhere Werte wählen öfter weniger wahrscheinliche Wörter. 0,7 ist ein guter Anfang.</translation>
        </message>
        <message>
            <source>Word choice</source>
            <translation>Wortwahl</translation>
        </message>
        <message>
            <source>Lower keeps replies to the most probable words.</source>
            <translation>Niedrigere Werte beschränken Antworten auf die wahrscheinlichsten Wörter.</translation>
        </message>
        <message>
            <source>Called “top-p”. Before each word the model keeps only its likeliest candidates whose chances add up to this share: 0.95 leaves out the rarest 5 %; lower values give safer, plainer replies.</source>
            <translation>Heißt „Top-p“. Vor jedem Wort behält das Modell nur seine wahrscheinlichsten Kandidaten, deren Chancen zusammen diesen Anteil ergeben: 0,95 lässt die seltensten 5 % weg; niedrigere Werte geben sicherere, schlichtere Antworten.</translation>
        </message>
        <message>
            <source>Longest reply</source>
            <translation>Maximale Antwortlänge</translation>
        </message>
        <message>
            <source>A token is a word or a piece of one (about ¾ of a word).</source>
            <translation>Ein Token ist ein Wort oder ein Teil davon (etwa ¾ eines englischen Worts).</translation>
        </message>
        <message>
            <source>Called “max tokens”: the reply stops after this many tokens even if the model is not done.</source>
            <translation>Heißt „Max Tokens“: Die Antwort endet nach so vielen Token, auch wenn das Modell noch nicht fertig ist.</translation>
        </message>
        <message>
            <source>Memory and speed</source>
            <translation>Speicher und Tempo</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>Chat-Gedächtnis</translation>
        </message>
        <message>
            <source>How much of the chat the model sees at once; more needs more memory. Automatic: the most that fits easily here.</source>
            <translation>Wie viel vom Chat das Modell auf einmal sieht; mehr braucht mehr Speicher. Automatisch: so viel, wie hier bequem passt.</translation>
        </message>
        <message>
            <source>Called the “context”, counted in tokens. Older parts of a longer chat are left out of what the model sees.</source>
            <translation>Heißt „Kontext“, gezählt in Token. Ältere Teile eines längeren Chats fallen aus dem heraus, was das Modell sieht.</translation>
        </message>
        <message>
            <source>Processor cores</source>
            <translation>Prozessorkerne</translation>
        </message>
        <message>
            <source>How many processor cores work on a reply. Automatic: all of them.</source>
            <translation>Wie viele Prozessorkerne an einer Antwort arbeiten. Automatisch: alle.</translation>
        </message>
        <message>
            <source>Called “CPU threads”: how many parts of the processor work on a reply at the same time. More than the computer has makes replies slower, not faster.</source>
            <translation>Heißt „CPU-Threads“: wie viele Teile des Prozessors gleichzeitig an einer Antwort arbeiten. Mehr, als der Computer hat, macht Antworten langsamer, nicht schneller.</translation>
        </message>
        <message>
            <source>Graphics card</source>
            <translation>Grafikkarte</translation>
        </message>
        <message>
            <source>How much of the model runs on the graphics card. Automatic: as much as fits.</source>
            <translation>Wie viel vom Modell auf der Grafikkarte läuft. Automatisch: so viel, wie passt.</translation>
        </message>
        <message>
            <source>Called “GPU layers”: the model is a stack of layers, and this many of them run on the graphics card, which is faster; the rest run on the processor.</source>
            <translation>Heißt „GPU-Layers“: Das Modell ist ein Stapel von Schichten, und so viele davon laufen auf der schnelleren Grafikkarte; der Rest läuft auf dem Prozessor.</translation>
        </message>
        <message>
            <source>Memory, cores and graphics card take effect the next time a model loads.</source>
            <translation>Speicher, Kerne und Grafikkarte wirken sich aus, wenn das nächste Mal ein Modell geladen wird.</translation>
        </message>
        <message>
            <source>Memory and cores take effect the next time a model loads.</source>
            <translation>Speicher und Kerne wirken sich aus, wenn das nächste Mal ein Modell geladen wird.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Aussehen</translation>
        </message>
        <message>
            <source>Light or dark, or whatever this computer uses.</source>
            <translation>Hell oder dunkel, oder wie dieser Computer es eingestellt hat.</translation>
        </message>
        <message>
            <source>The window's language; it changes the next time ShortChat starts.</source>
            <translation>Die Sprache des Fensters; sie wechselt beim nächsten Start von ShortChat.</translation>
        </message>
        <message>
            <source>Of this computer's own text size, for the whole window and the chat. Anywhere: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 back to 100 %.</source>
            <translation>Relativ zur Schriftgröße dieses Computers, für das ganze Fenster und den Chat. Überall: Strg+= größer, Strg+- kleiner, Strg+0 zurück auf 100 %.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>{size} used</source>
            <translation>{size} belegt</translation>
        </message>
        <message>
            <source>Models folder</source>
            <translation>Modellordner</translation>
        </message>
        <message>
            <source>Where downloaded models are kept.</source>
            <translation>Wo heruntergeladene Modelle liegen.</translation>
        </message>
        <message>
            <source>Reopening chats</source>
            <translation>Chats wiedereröffnen</translation>
        </message>
        <message>
            <source>Disk space for what the model has read of your recent chats, so a long chat continues at once instead of being read again. The least recently used go first when it is full.</source>
            <translation>Speicherplatz für das, was das Modell von deinen letzten Chats gelesen hat, damit ein langer Chat sofort weitergeht, statt neu gelesen zu werden. Ist er voll, geht das am längsten Ungenutzte zuerst.</translation>
        </message>
        <message>
            <source>llama.cpp's state (its KV cache) of each recent chat, saved after a reply and used again only when the chat, the model and its settings are exactly the same.</source>
            <translation>Der Zustand von llama.cpp (sein KV-Cache) für jeden der letzten Chats, nach einer Antwort gespeichert und nur wieder verwendet, wenn Chat, Modell und Einstellungen genau gleich sind.</translation>
        </message>
        <message>
            <source>Other apps</source>
            <translation>Andere Apps</translation>
        </message>
        <message>
            <source>Other programs on this computer can use the model loaded here. Takes effect at once.</source>
            <translation>Andere Programme auf diesem Computer können das hier geladene Modell nutzen. Wirkt sofort.</translation>
        </message>
        <message>
            <source>An OpenAI-compatible API at this address, for this computer only (as `shortchat serve`).</source>
            <translation>Eine OpenAI-kompatible API unter dieser Adresse, nur für diesen Computer (wie `shortchat serve`).</translation>
        </message>
        <message>
            <source>Instructions for this chat</source>
            <translation>Anweisungen für diesen Chat</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>Standard verwenden</translation>
        </message>
        <message>
            <source>What the model is told before this chat (the other chats keep theirs):</source>
            <translation>Was das Modell vor diesem Chat gesagt bekommt (die anderen Chats behalten ihre):</translation>
        </message>
    </context>
    <context>
        <name>SimpleChoices</name>
        <message>
            <source>No model fits this computer's memory right now. Close other programs, or look at “All sizes and quality levels” for the smallest ones.</source>
            <translation>Gerade passt kein Modell in den Speicher dieses Computers. Schließ andere Programme oder sieh unter „Alle Größen und Qualitätsstufen“ nach den kleinsten.</translation>
        </message>
        <message>
            <source>{model}: not published on the model hub yet, so it cannot be downloaded.</source>
            <translation>{model}: noch nicht auf dem Modell-Hub veröffentlicht, daher nicht herunterladbar.</translation>
        </message>
        <message>
            <source>{model}: not known yet (the model hub could not be reached).</source>
            <translation>{model}: noch unbekannt (der Modell-Hub war nicht erreichbar).</translation>
        </message>
        <message>
            <source>Asking the model hub which models are available…</source>
            <translation>Der Modell-Hub wird gefragt, welche Modelle es gibt…</translation>
        </message>
        <message>
            <source>needs {size} of memory (measured here)</source>
            <translation>braucht {size} Speicher (hier gemessen)</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>braucht etwa {size} Speicher</translation>
        </message>
        <message>
            <source>On this computer, {size}</source>
            <translation>Auf diesem Computer, {size}</translation>
        </message>
        <message>
            <source>Download {size}</source>
            <translation>Herunterladen: {size}</translation>
        </message>
    </context>
    <context>
        <name>Sizes</name>
        <message>
            <source>{value} GB</source>
            <translation>{value} GB</translation>
        </message>
        <message>
            <source>{value} MB</source>
            <translation>{value} MB</translation>
        </message>
        <message>
            <source>{value} KB</source>
            <translation>{value} KB</translation>
        </message>
        <message>
            <source>{value} bytes</source>
            <translation>{value} Byte</translation>
        </message>
        <message>
            <source>{value} s</source>
            <translation>{value} s</translation>
        </message>
        <message>
            <source>{value} min</source>
            <translation>{value} Min.</translation>
        </message>
        <message>
            <source>{value} h</source>
            <translation>{value} Std.</translation>
        </message>
    </context>
    <context>
        <name>Speed</name>
        <message>
            <source>over {count} words/s</source>
            <translation>über {count} Wörter/s</translation>
        </message>
        <message>
            <source>{count} words/s</source>
            <translation>{count} Wörter/s</translation>
        </message>
        <message>
            <source>speed unknown</source>
            <translation>Geschwindigkeit unbekannt</translation>
        </message>
        <message>
            <source>{speed}, measured</source>
            <translation>{speed}, gemessen</translation>
        </message>
        <message>
            <source>about {speed}</source>
            <translation>etwa {speed}</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>No model loaded</source>
            <translation>Kein Modell geladen</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>Chat-Gedächtnis</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>Das Modell wird geladen</translation>
        </message>
        <message>
            <source>The model stopped · it loads again when you send</source>
            <translation>Das Modell wurde beendet · es wird neu geladen, wenn du sendest</translation>
        </message>
    </context>
</TS>