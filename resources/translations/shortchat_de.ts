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
            <source>{side} is answering ({model})…</source>
            <translation>{side} antwortet ({model}) …</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
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
            <source>Re&amp;name this chat…</source>
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
        <name>Speed</name>
        <message>
            <source>over {count} words/s</source>
            <translation>über {count} Wörter/s</translation>
        </message>
        <message>
            <source>{count} words/s</source>
            <translation>{count} Wörter/s</translation>
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