<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>About</name>
        <message>
            <source>The licence texts are missing from this installation.</source>
            <translation>Les textes des licences sont absents de cette installation.</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>À propos de {app}</translation>
        </message>
        <message>
            <source>Chat offline with Nota AI's pruned Vicuna models.</source>
            <translation>Discutez hors ligne avec les modèles Vicuna allégés de Nota AI.</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Licences</translation>
        </message>
    </context>
    <context>
        <name>ApiSharing</name>
        <message>
            <source>Address for other apps</source>
            <translation>Adresse pour les autres applications</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivé</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something unexpected went wrong ({kind}).
Details were written to the log in {folder}.</source>
            <translation>Un problème inattendu est survenu ({kind}).
Les détails ont été écrits dans le journal, dans {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Rename this chat</source>
            <translation>Renommer cette discussion</translation>
        </message>
        <message>
            <source>A new name for this chat:</source>
            <translation>Un nouveau nom pour cette discussion :</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Hier</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Plus tôt</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Nouvelle discussion</translation>
        </message>
        <message>
            <source>Start a new chat (Ctrl+N)</source>
            <translation>Commencer une nouvelle discussion (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search all chats…</source>
            <translation>Chercher dans toutes les discussions…</translation>
        </message>
        <message>
            <source>Search all chats</source>
            <translation>Chercher dans toutes les discussions</translation>
        </message>
        <message>
            <source>Chats</source>
            <translation>Discussions</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Aucun résultat.</translation>
        </message>
        <message>
            <source>Your chats will be listed here.</source>
            <translation>Vos discussions apparaîtront ici.</translation>
        </message>
        <message>
            <source>Chats of {day}</source>
            <translation>Discussions {day}</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>ChatMemory</name>
        <message>
            <source>Chat memory {percent} % full</source>
            <translation>Mémoire de la discussion pleine à {percent} %</translation>
        </message>
        <message>
            <source> · the oldest are left out</source>
            <translation> · les plus anciens sont laissés de côté</translation>
        </message>
        <message>
            <source> · the oldest go soon</source>
            <translation> · les plus anciens partiront bientôt</translation>
        </message>
        <message>
            <source>How much of what the model can keep in mind ({tokens} tokens, about {words} words) this chat uses. When it is full, the oldest messages are left out of what the model reads.</source>
            <translation>La part de ce que le modèle peut garder en tête ({tokens} jetons, environ {words} mots) qu’utilise cette discussion. Une fois pleine, les messages les plus anciens ne sont plus lus par le modèle.</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its oldest exchange was left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>Cette discussion est désormais plus longue que ce que le modèle peut garder en tête : son plus ancien échange n’a pas été lu pour cette réponse. Une nouvelle discussion (Ctrl+N) repart de zéro.</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its %n oldest exchanges were left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>Cette discussion est désormais plus longue que ce que le modèle peut garder en tête : ses %n plus anciens échanges n’ont pas été lus pour cette réponse. Une nouvelle discussion (Ctrl+N) repart de zéro.</translation>
        </message>
        <message>
            <source>A longer chat memory (Settings → Chat memory) may also fit on this computer.</source>
            <translation>Une mémoire de la discussion plus longue (Réglages → Mémoire de la discussion) pourrait aussi tenir sur cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>ChatPage</name>
        <message>
            <source>Ask anything. Everything stays on this computer.</source>
            <translation>Demandez ce que vous voulez. Tout reste sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Editing an earlier message: Send asks it again as a new version (the old one stays, ‹ › switches between them).</source>
            <translation>Modification d’un message précédent : Envoyer le repose comme nouvelle version (l’ancienne reste ; ‹ › passe de l’une à l’autre).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop editing and keep the message as it was (Esc)</source>
            <translation>Arrêter la modification et garder le message tel quel (Échap)</translation>
        </message>
        <message>
            <source>The reply stopped at its length limit.</source>
            <translation>La réponse s’est arrêtée à sa longueur maximale.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Go on writing this reply from where it stopped (Ctrl+Shift+Enter)</source>
            <translation>Reprendre cette réponse là où elle s’est arrêtée (Ctrl+Maj+Entrée)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Send or stop</source>
            <translation>Envoyer ou arrêter</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Régénérer</translation>
        </message>
        <message>
            <source>Write the last reply again (Ctrl+R)</source>
            <translation>Réécrire la dernière réponse (Ctrl+R)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>Arrêter la réponse (Échap)</translation>
        </message>
        <message>
            <source>Send the message (Enter)</source>
            <translation>Envoyer le message (Entrée)</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>The messages of this chat. Ctrl+Up and Ctrl+Down read the messages one by one; Alt+Down and Alt+Up move between a message's buttons; a finished reply is read out once.</source>
            <translation>Les messages de cette discussion. Ctrl+Haut et Ctrl+Bas lisent les messages un par un ; Alt+Bas et Alt+Haut passent d’un bouton à l’autre d’un message ; une réponse terminée est lue une fois.</translation>
        </message>
        <message>
            <source>{author} replied: {reply}</source>
            <translation>{author} a répondu : {reply}</translation>
        </message>
        <message>
            <source>Message copied</source>
            <translation>Message copié</translation>
        </message>
        <message>
            <source>Code copied</source>
            <translation>Code copié</translation>
        </message>
        <message>
            <source>{author}, message {number} of {count}: {text}</source>
            <translation>{author}, message {number} sur {count} : {text}</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Model {side}</source>
            <translation>Modèle {side}</translation>
        </message>
        <message>
            <source>Answers of model {side}</source>
            <translation>Réponses du modèle {side}</translation>
        </message>
        <message>
            <source>The answers of {side} appear here.</source>
            <translation>Les réponses de {side} apparaissent ici.</translation>
        </message>
        <message>
            <source>Speed of model {side}</source>
            <translation>Vitesse du modèle {side}</translation>
        </message>
        <message>
            <source>Compare two models</source>
            <translation>Comparer deux modèles</translation>
        </message>
        <message>
            <source>Ask both models the same question. They answer one after the other, so each gets the whole computer and the speeds are fair; follow-up questions continue both chats.</source>
            <translation>Posez la même question aux deux modèles. Ils répondent l’un après l’autre : chacun dispose de tout l’ordinateur et les vitesses se comparent équitablement ; les questions suivantes poursuivent les deux discussions.</translation>
        </message>
        <message>
            <source>A question for both… (Enter asks)</source>
            <translation>Une question pour les deux… (Entrée pour demander)</translation>
        </message>
        <message>
            <source>Ask both</source>
            <translation>Demander aux deux</translation>
        </message>
        <message>
            <source>{side} is answering ({model})…</source>
            <translation>{side} répond ({model})…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
    </context>
    <context>
        <name>Conversation</name>
        <message>
            <source>Your message was not sent. {reason}</source>
            <translation>Votre message n’a pas été envoyé. {reason}</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <source>The reply will start as soon as the model is loaded.</source>
            <translation>La réponse commencera dès que le modèle sera chargé.</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Choisissez d’abord un modèle.</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistant</translation>
        </message>
        <message>
            <source>Reading the chat… {percent} %</source>
            <translation>Lecture de la discussion… {percent} %</translation>
        </message>
        <message>
            <source> · stopped at the length limit</source>
            <translation> · arrêtée à la longueur maximale</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>inachevée</translation>
        </message>
        <message>
            <source>Stop the reply first (Esc).</source>
            <translation>Arrêtez d’abord la réponse (Échap).</translation>
        </message>
        <message>
            <source>Wait for the reply to end, or stop it (Esc).</source>
            <translation>Attendez la fin de la réponse, ou arrêtez-la (Échap).</translation>
        </message>
        <message>
            <source>There is no chat to export yet.</source>
            <translation>Il n’y a pas encore de discussion à exporter.</translation>
        </message>
        <message>
            <source>Export the chat</source>
            <translation>Exporter la discussion</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The chat could not be saved there: {reason}.</source>
            <translation>Impossible d’enregistrer la discussion à cet endroit : {reason}.</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} enregistré</translation>
        </message>
        <message>
            <source>The whole chat was copied</source>
            <translation>Toute la discussion a été copiée</translation>
        </message>
        <message>
            <source>Reply copied</source>
            <translation>Réponse copiée</translation>
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <source>Asking the model hub…</source>
            <translation>Interrogation du hub de modèles…</translation>
        </message>
        <message>
            <source>Checking what was already downloaded… {share}</source>
            <translation>Vérification de ce qui est déjà téléchargé… {share}</translation>
        </message>
        <message>
            <source>Verifying the file…</source>
            <translation>Vérification du fichier…</translation>
        </message>
        <message>
            <source>Downloaded and verified ✓</source>
            <translation>Téléchargé et vérifié ✓</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} sur {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <translation>{size}/s</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>encore {time}</translation>
        </message>
        <message>
            <source>Download of {model}</source>
            <translation>Téléchargement de {model}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop downloading {model}</source>
            <translation>Arrêter le téléchargement de {model}</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove from this list (and delete what was downloaded of an unfinished file)</source>
            <translation>Retirer de cette liste (et supprimer ce qui a été téléchargé d’un fichier inachevé)</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>No data for {seconds} s · retrying</source>
            <translation>Aucune donnée depuis {seconds} s · nouvel essai</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Téléchargements</translation>
        </message>
        <message>
            <source>Stopped at {share}: press Continue to finish it.</source>
            <translation>Arrêté à {share} : appuyez sur Continuer pour le terminer.</translation>
        </message>
        <message>
            <source>Waiting for the download before it…</source>
            <translation>En attente du téléchargement précédent…</translation>
        </message>
        <message>
            <source>Stopped before it began.</source>
            <translation>Arrêté avant d’avoir commencé.</translation>
        </message>
        <message>
            <source>Stopped. Press Continue to go on from where it stopped.</source>
            <translation>Arrêté. Appuyez sur Continuer pour reprendre là où il s’est arrêté.</translation>
        </message>
    </context>
    <context>
        <name>ExampleQuestions</name>
        <message>
            <source>Example questions</source>
            <translation>Exemples de questions</translation>
        </message>
        <message>
            <source>Not sure where to start? Try one of these:</source>
            <translation>Vous ne savez pas par où commencer ? Essayez l’une de celles-ci :</translation>
        </message>
        <message>
            <source>These models answer best in English; questions in other languages get weaker replies.</source>
            <translation>Ces modèles répondent le mieux en anglais ; les questions dans d’autres langues obtiennent des réponses moins bonnes.</translation>
        </message>
        <message>
            <source>Ask this question</source>
            <translation>Poser cette question</translation>
        </message>
        <message>
            <source>Ask: {question}</source>
            <translation>Demander : {question}</translation>
        </message>
    </context>
    <context>
        <name>Fit</name>
        <message>
            <source>Fits easily</source>
            <translation>Tient largement</translation>
        </message>
        <message>
            <source>Fits, but close the other programs</source>
            <translation>Tient, mais fermez les autres programmes</translation>
        </message>
        <message>
            <source>Too big for this computer</source>
            <translation>Trop gros pour cet ordinateur</translation>
        </message>
        <message>
            <source>needs {size} of memory</source>
            <translation>demande {size} de mémoire</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>demande environ {size} de mémoire</translation>
        </message>
        <message>
            <source> and {size} on the GPU ({layers} layers)</source>
            <translation> et {size} sur le GPU ({layers} couches)</translation>
        </message>
        <message>
            <source>; {free} of {total} is free</source>
            <translation> ; {free} libres sur {total}</translation>
        </message>
        <message>
            <source>Not published on the model hub yet</source>
            <translation>Pas encore publié sur le hub de modèles</translation>
        </message>
        <message>
            <source> (not checked with the hub)</source>
            <translation> (non vérifié auprès du hub)</translation>
        </message>
        <message>
            <source>Best quality that fits your {memory}: the {model} model at {quant}.</source>
            <translation>La meilleure qualité qui tient dans vos {memory} : le modèle {model} en {quant}.</translation>
        </message>
        <message>
            <source>Best quality that fits</source>
            <translation>La meilleure qualité qui tient</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Équilibré</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: good answers, quick to reply.</source>
            <translation>Le modèle {model} en {quant} : de bonnes réponses, rapides.</translation>
        </message>
        <message>
            <source>Smallest and fastest</source>
            <translation>Le plus petit et le plus rapide</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: the least memory and the quickest download ({size}), with simpler answers.</source>
            <translation>Le modèle {model} en {quant} : le moins de mémoire et le téléchargement le plus rapide ({size}), avec des réponses plus simples.</translation>
        </message>
    </context>
    <context>
        <name>FitTable</name>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Quality level</source>
            <translation>Niveau de qualité</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Memory needed</source>
            <translation>Mémoire nécessaire</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Téléchargement</translation>
        </message>
        <message>
            <source>Longest chat</source>
            <translation>Discussion la plus longue</translation>
        </message>
        <message>
            <source>Quality lost</source>
            <translation>Qualité perdue</translation>
        </message>
        <message>
            <source>How many billion parameters the model has: bigger models know more and need more memory.</source>
            <translation>Nombre de milliards de paramètres du modèle : les modèles plus grands en savent plus et demandent plus de mémoire.</translation>
        </message>
        <message>
            <source>Called the “quant” (e.g. Q4_K_M): how finely the model's numbers are stored. Higher levels (Q8_0) are closer to the original and need more memory; Q4_K_M is a good balance.</source>
            <translation>Appelé aussi « quant » (p. ex. Q4_K_M) : la finesse avec laquelle les nombres du modèle sont stockés. Les niveaux élevés (Q8_0) sont plus proches de l’original et demandent plus de mémoire ; Q4_K_M est un bon compromis.</translation>
        </message>
        <message>
            <source>How much worse than the original the answers get at this quality level (lower is better).</source>
            <translation>À quel point les réponses sont moins bonnes que l’original à ce niveau de qualité (moins, c’est mieux).</translation>
        </message>
        <message>
            <source>The longest chat the model can see at once and still fit easily (a token is about ¾ of a word)</source>
            <translation>La plus longue discussion que le modèle peut voir d’un coup tout en tenant sans peine (un jeton vaut environ ¾ de mot)</translation>
        </message>
        <message>
            <source>How fast it writes here: estimated from this computer's memory speed, or measured once the model has been used (a word is about 1.3 tokens)</source>
            <translation>Sa vitesse d’écriture ici : estimée d’après la vitesse de la mémoire de cet ordinateur, ou mesurée une fois le modèle utilisé (un mot vaut environ 1,3 jeton)</translation>
        </message>
        <message>
            <source>{size}, measured</source>
            <translation>{size}, mesuré</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>environ {size}</translation>
        </message>
        <message>
            <source>almost none</source>
            <translation>presque aucune</translation>
        </message>
        <message>
            <source>very little</source>
            <translation>très peu</translation>
        </message>
        <message>
            <source>a little</source>
            <translation>un peu</translation>
        </message>
        <message>
            <source>noticeable</source>
            <translation>sensible</translation>
        </message>
        <message>
            <source>a lot</source>
            <translation>beaucoup</translation>
        </message>
        <message>
            <source>Every size and quality level</source>
            <translation>Toutes les tailles et tous les niveaux de qualité</translation>
        </message>
        <message>
            <source>★ Recommended · {verdict}</source>
            <translation>★ Recommandé · {verdict}</translation>
        </message>
        <message>
            <source>{count} tokens</source>
            <translation>{count} jetons</translation>
        </message>
        <message>
            <source>The model's makers have not published this one on the hub.</source>
            <translation>Les auteurs du modèle n’ont pas publié ce fichier sur le hub.</translation>
        </message>
        <message>
            <source>(measured on this computer)</source>
            <translation>(mesuré sur cet ordinateur)</translation>
        </message>
    </context>
    <context>
        <name>HubStatus</name>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Ask the model hub again which models are available</source>
            <translation>Redemander au hub de modèles quels modèles sont disponibles</translation>
        </message>
    </context>
    <context>
        <name>InstalledModels</name>
        <message>
            <source> · added from disk</source>
            <translation> · ajouté depuis le disque</translation>
        </message>
        <message>
            <source>measured here: needs {size}, writes {speed}</source>
            <translation>mesuré ici : demande {size}, écrit {speed}</translation>
        </message>
        <message>
            <source>measured the first time it is used</source>
            <translation>mesuré à la première utilisation</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>En cours d’utilisation</translation>
        </message>
        <message>
            <source>The chat uses this model now</source>
            <translation>La discussion utilise ce modèle maintenant</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Utiliser</translation>
        </message>
        <message>
            <source>Chat with {model}</source>
            <translation>Discuter avec {model}</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>Utiliser {model}</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Delete {model}</source>
            <translation>Supprimer {model}</translation>
        </message>
        <message>
            <source>&lt;b&gt;On this computer&lt;/b&gt;</source>
            <translation>&lt;b&gt;Sur cet ordinateur&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Compare two models…</source>
            <translation>Comparer deux modèles…</translation>
        </message>
        <message>
            <source>Ask two of your models the same question and see both answers side by side</source>
            <translation>Poser la même question à deux de vos modèles et voir les deux réponses côte à côte</translation>
        </message>
        <message>
            <source>Models on this computer</source>
            <translation>Modèles sur cet ordinateur</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Downloads</source>
            <translation>Téléchargements</translation>
        </message>
        <message>
            <source>Text size {size} %</source>
            <translation>Taille du texte {size} %</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Choisissez d’abord un modèle.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler la suppression</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Annuler (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Chat deleted ·</source>
            <translation>Discussion supprimée ·</translation>
        </message>
        <message>
            <source>The model will use the new settings the next time it loads.</source>
            <translation>Le modèle utilisera les nouveaux réglages au prochain chargement.</translation>
        </message>
        <message>
            <source>Add a model file</source>
            <translation>Ajouter un fichier de modèle</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>Modèles GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>This file cannot be used</source>
            <translation>Ce fichier est inutilisable</translation>
        </message>
        <message>
            <source>That model is in use; wait for the reply to end.</source>
            <translation>Ce modèle est en cours d’utilisation ; attendez la fin de la réponse.</translation>
        </message>
        <message>
            <source>Comparing needs two downloaded models; “Choose a model” gets another one.</source>
            <translation>Pour comparer, il faut deux modèles téléchargés ; « Choisir un modèle » en apporte un autre.</translation>
        </message>
        <message>
            <source>Wait for the reply (or stop it) first.</source>
            <translation>Attendez d’abord la réponse (ou arrêtez-la).</translation>
        </message>
    </context>
    <context>
        <name>Markdown</name>
        <message>
            <source>Copy code</source>
            <translation>Copier le code</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Choose a model…</source>
            <translation>&amp;Choisir un modèle…</translation>
        </message>
        <message>
            <source>&amp;Add a model file…</source>
            <translation>&amp;Ajouter un fichier de modèle…</translation>
        </message>
        <message>
            <source>Open the models &amp;folder</source>
            <translation>Ouvrir le &amp;dossier des modèles</translation>
        </message>
        <message>
            <source>&amp;Export this chat…</source>
            <translation>&amp;Exporter cette discussion…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Réglages…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;Discussion</translation>
        </message>
        <message>
            <source>&amp;New chat</source>
            <translation>&amp;Nouvelle discussion</translation>
        </message>
        <message>
            <source>&amp;Find in all chats…</source>
            <translation>&amp;Chercher dans toutes les discussions…</translation>
        </message>
        <message>
            <source>&amp;Stop the reply</source>
            <translation>&amp;Arrêter la réponse</translation>
        </message>
        <message>
            <source>&amp;Regenerate</source>
            <translation>&amp;Régénérer</translation>
        </message>
        <message>
            <source>C&amp;ontinue the reply</source>
            <translation>C&amp;ontinuer la réponse</translation>
        </message>
        <message>
            <source>&amp;Copy the last reply</source>
            <translation>Co&amp;pier la dernière réponse</translation>
        </message>
        <message>
            <source>Copy the &amp;whole chat</source>
            <translation>Copier &amp;toute la discussion</translation>
        </message>
        <message>
            <source>&amp;Instructions for this chat…</source>
            <translation>&amp;Instructions pour cette discussion…</translation>
        </message>
        <message>
            <source>Re&amp;name this chat…</source>
            <translation>Reno&amp;mmer cette discussion…</translation>
        </message>
        <message>
            <source>&amp;Delete this chat</source>
            <translation>&amp;Supprimer cette discussion</translation>
        </message>
        <message>
            <source>Compare &amp;two models…</source>
            <translation>Comparer &amp;deux modèles…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>Texte plus &amp;grand</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texte plus &amp;petit</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>Taille de texte &amp;normale</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>À &amp;propos de {app}</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d’outils principale</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Téléchargements</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modèles</translation>
        </message>
    </context>
    <context>
        <name>Message</name>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy this message</source>
            <translation>Copier ce message</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Change this question and ask it again</source>
            <translation>Changer cette question et la reposer</translation>
        </message>
        <message>
            <source>The version before</source>
            <translation>La version précédente</translation>
        </message>
        <message>
            <source>The version after</source>
            <translation>La version suivante</translation>
        </message>
    </context>
    <context>
        <name>MessageBoxes</name>
        <message>
            <source>The models' licence</source>
            <translation>La licence des modèles</translation>
        </message>
        <message>
            <source>The Shortened LLaMA models are for non-commercial use only.</source>
            <translation>Les modèles Shortened LLaMA sont réservés à un usage non commercial.</translation>
        </message>
        <message>
            <source>Nota AI made them from Vicuna v1.3, whose licence allows research and personal use, not use in a business. By downloading one you agree to that. (Help → About ShortChat shows all the licences.)</source>
            <translation>Nota AI les a conçus à partir de Vicuna v1.3, dont la licence autorise la recherche et l’usage personnel, mais pas l’usage en entreprise. En en téléchargeant un, vous l’acceptez. (Aide → À propos de ShortChat affiche toutes les licences.)</translation>
        </message>
        <message>
            <source>I agree, download</source>
            <translation>J’accepte, télécharger</translation>
        </message>
        <message>
            <source>This model is too big</source>
            <translation>Ce modèle est trop gros</translation>
        </message>
        <message>
            <source>{model} needs about {needed} of memory, but this computer has {total} in all and {free} free, and none of your other models fits either.</source>
            <translation>{model} demande environ {needed} de mémoire, mais cet ordinateur en a {total} au total et {free} de libre, et aucun de vos autres modèles ne tient non plus.</translation>
        </message>
        <message>
            <source>Loading it could make the whole computer very slow until ShortChat is closed.</source>
            <translation>Le charger pourrait rendre tout l’ordinateur très lent jusqu’à la fermeture de ShortChat.</translation>
        </message>
        <message>
            <source>The best one that fits is {model}.</source>
            <translation>Le meilleur qui tient est {model}.</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>Utiliser {model}</translation>
        </message>
        <message>
            <source>Load it anyway</source>
            <translation>Le charger quand même</translation>
        </message>
        <message>
            <source>Delete the model?</source>
            <translation>Supprimer le modèle ?</translation>
        </message>
        <message>
            <source>Delete {model} ({size}) from this computer?</source>
            <translation>Supprimer {model} ({size}) de cet ordinateur ?</translation>
        </message>
        <message>
            <source>A reply is still being written (what it has written so far is kept).</source>
            <translation>Une réponse est encore en cours d’écriture (ce qui est déjà écrit est gardé).</translation>
        </message>
        <message>
            <source>A download is running (it goes on from where it stopped the next time ShortChat starts).</source>
            <translation>Un téléchargement est en cours (il reprendra là où il s’est arrêté au prochain démarrage de ShortChat).</translation>
        </message>
        <message>
            <source>Close ShortChat?</source>
            <translation>Fermer ShortChat ?</translation>
        </message>
    </context>
    <context>
        <name>MessageInput</name>
        <message>
            <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>Écrivez un message… (Entrée envoie, Maj+Entrée pour une nouvelle ligne)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. ShortChat is using {other} instead.</source>
            <translation>Le modèle utilisé la dernière fois, {model}, n’est plus sur cet ordinateur. ShortChat utilise {other} à la place.</translation>
        </message>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. Choose one to download below, or add a model file you have.</source>
            <translation>Le modèle utilisé la dernière fois, {model}, n’est plus sur cet ordinateur. Choisissez-en un à télécharger ci-dessous, ou ajoutez un fichier de modèle que vous avez.</translation>
        </message>
        <message>
            <source>Downloading {model}. You can keep chatting meanwhile.</source>
            <translation>Téléchargement de {model}. Vous pouvez continuer la discussion en attendant.</translation>
        </message>
        <message>
            <source>Downloading {model}.</source>
            <translation>Téléchargement de {model}.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} with {gpu_free} free.</source>
            <translation>Cet ordinateur : {total} de mémoire ({free} de libre), {gpu} avec {gpu_free} de libre.</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} (not used by this version of ShortChat).</source>
            <translation>Cet ordinateur : {total} de mémoire ({free} de libre), {gpu} (pas utilisée par cette version de ShortChat).</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), no graphics card ShortChat can use.</source>
            <translation>Cet ordinateur : {total} de mémoire ({free} de libre), aucune carte graphique utilisable par ShortChat.</translation>
        </message>
        <message>
            <source>Choose a model</source>
            <translation>Choisir un modèle</translation>
        </message>
        <message>
            <source>Looking at this computer…</source>
            <translation>Analyse de cet ordinateur…</translation>
        </message>
        <message>
            <source>Simple</source>
            <translation>Simple</translation>
        </message>
        <message>
            <source>All sizes and quality levels</source>
            <translation>Toutes les tailles et tous les niveaux de qualité</translation>
        </message>
        <message>
            <source>Add a file from disk…</source>
            <translation>Ajouter un fichier du disque…</translation>
        </message>
        <message>
            <source>Back to the chat</source>
            <translation>Retour à la discussion</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Télécharger</translation>
        </message>
        <message>
            <source>chats up to {count} tokens</source>
            <translation>discussions jusqu’à {count} jetons</translation>
        </message>
        <message>
            <source>no room for a chat</source>
            <translation>pas de place pour une discussion</translation>
        </message>
        <message>
            <source>measured on this computer</source>
            <translation>mesuré sur cet ordinateur</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>estimé</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>En cours d’utilisation</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Utiliser ce modèle</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Téléchargement…</translation>
        </message>
        <message>
            <source>Download (needs the internet)</source>
            <translation>Télécharger (Internet nécessaire)</translation>
        </message>
        <message>
            <source>Download ({size})</source>
            <translation>Télécharger ({size})</translation>
        </message>
    </context>
    <context>
        <name>ModelSession</name>
        <message>
            <source>Loading {model}…</source>
            <translation>Chargement de {model}…</translation>
        </message>
        <message>
            <source>Loading {model}… {percent} %</source>
            <translation>Chargement de {model}… {percent} %</translation>
        </message>
        <message>
            <source>Ready: {model}</source>
            <translation>Prêt : {model}</translation>
        </message>
        <message>
            <source>No model loaded</source>
            <translation>Aucun modèle chargé</translation>
        </message>
    </context>
    <context>
        <name>QualityChart</name>
        <message>
            <source>Chart of answer quality against memory needed</source>
            <translation>Graphique de la qualité des réponses selon la mémoire nécessaire</translation>
        </message>
        <message>
            <source>Each dot is one download. Higher is better quality; further right needs more memory.</source>
            <translation>Chaque point est un téléchargement. Plus haut, meilleure qualité ; plus à droite, plus de mémoire.</translation>
        </message>
    </context>
    <context>
        <name>Remote</name>
        <message>
            <source>llama.cpp server</source>
            <translation>serveur llama.cpp</translation>
        </message>
        <message>
            <source>OpenAI-compatible server</source>
            <translation>serveur compatible OpenAI</translation>
        </message>
        <message>
            <source>The prompt is sent as text: typed control words such as &lt;/s&gt; are broken with an invisible character so they stay text</source>
            <translation>Le prompt est envoyé sous forme de texte : les mots de contrôle saisis, comme &lt;/s&gt;, sont coupés par un caractère invisible pour rester du texte</translation>
        </message>
        <message>
            <source>The prompt is sent as tokens: typed text is always text, exactly as on this computer</source>
            <translation>Le prompt est envoyé sous forme de jetons : le texte saisi reste toujours du texte, exactement comme sur cet ordinateur</translation>
        </message>
        <message>
            <source>{server} at {computer} — no model offered yet</source>
            <translation>{server} sur {computer} — aucun modèle proposé pour l’instant</translation>
        </message>
        <message>
            <source>{server} at {computer} — {model}</source>
            <translation>{server} sur {computer} — {model}</translation>
        </message>
        <message>
            <source>, chat memory {tokens} tokens</source>
            <translation>, mémoire de la discussion de {tokens} jetons</translation>
        </message>
        <message>
            <source> (and %n more)</source>
            <translation> (et %n autres)</translation>
        </message>
    </context>
    <context>
        <name>RemoteModels</name>
        <message>
            <source>chat memory {count} tokens</source>
            <translation>mémoire de la discussion : {count} jetons</translation>
        </message>
        <message>
            <source>chat memory as the server sets it</source>
            <translation>mémoire de la discussion réglée par le serveur</translation>
        </message>
        <message>
            <source>speed measured after its first reply</source>
            <translation>vitesse mesurée après sa première réponse</translation>
        </message>
        <message>
            <source>writes {speed}, measured from here</source>
            <translation>écrit {speed}, mesuré d’ici</translation>
        </message>
        <message>
            <source>Chat with {model} on the server at {url}</source>
            <translation>Discuter avec {model} sur le serveur {url}</translation>
        </message>
        <message>
            <source>Ask the servers again</source>
            <translation>Interroger à nouveau les serveurs</translation>
        </message>
        <message>
            <source>See which models the computers in Settings → Other computers offer now</source>
            <translation>Voir quels modèles proposent maintenant les ordinateurs de Réglages → Autres ordinateurs</translation>
        </message>
        <message>
            <source>On other computers</source>
            <translation>Sur d’autres ordinateurs</translation>
        </message>
        <message>
            <source>Models on other computers</source>
            <translation>Modèles sur d’autres ordinateurs</translation>
        </message>
        <message>
            <source>{url}: asking the server…</source>
            <translation>{url} : interrogation du serveur…</translation>
        </message>
        <message>
            <source>{model} at {url}</source>
            <translation>{model} sur {url}</translation>
        </message>
        <message>
            <source>Other computers</source>
            <translation>Autres ordinateurs</translation>
        </message>
        <message>
            <source>Servers on other computers</source>
            <translation>Serveurs sur d’autres ordinateurs</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>API key, if the server has one</source>
            <translation>Clé d’API, si le serveur en a une</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clé d’API</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Tester</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Models on other computers: chat with a model running on a bigger computer (llama-server, Ollama, or an OpenAI-compatible server).</source>
            <translation>Modèles sur d’autres ordinateurs : discutez avec un modèle qui tourne sur un ordinateur plus puissant (llama-server, Ollama ou un serveur compatible OpenAI).</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Interrogation du serveur…</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Retiré.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Same as this computer</source>
            <translation>Comme cet ordinateur</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Instructions for the model</source>
            <translation>Instructions pour le modèle</translation>
        </message>
        <message>
            <source>Reset to default</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Put back the instructions ShortChat starts with</source>
            <translation>Remettre les instructions avec lesquelles ShortChat démarre</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> jetons</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>gpu layers</source>
            <translation>couches sur le GPU</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Taille du texte</translation>
        </message>
        <message>
            <source> GB</source>
            <translation> Go</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Disk for reopening chats</source>
            <translation>Disque pour rouvrir les discussions</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Vider</translation>
        </message>
        <message>
            <source>Delete what is kept; long chats are read again the next time</source>
            <translation>Supprimer ce qui est gardé ; les longues discussions seront relues la prochaine fois</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>What the model is told before every chat (a chat can have its own: Chat menu).</source>
            <translation>Ce qui est dit au modèle avant chaque discussion (une discussion peut avoir les siennes : menu Discussion).</translation>
        </message>
        <message>
            <source>Creativity</source>
            <translation>Créativité</translation>
        </message>
        <message>
            <source>0 gives the likeliest words; higher gives more varied ones.</source>
            <translation>0 donne les mots les plus probables ; plus haut, des mots plus variés.</translation>
        </message>
        <message>
            <source>Called “temperature”. At 0 the model always picks its likeliest next word, so the same question gets the same reply; higher values pick less likely words more often. 0.7 is a good start.</source>
            <translation>Appelé « température ». À 0, le modèle choisit toujours le mot suivant le plus probable : la même question obtient la même réponse ; des valeurs plus hautes choisissent plus souvent des mots moins probables. 0,7 est un bon départ.</translation>
        </message>
        <message>
            <source>Word choice</source>
            <translation>Choix des mots</translation>
        </message>
        <message>
            <source>Lower keeps replies to the most probable words.</source>
            <translation>Plus bas, les réponses s’en tiennent aux mots les plus probables.</translation>
        </message>
        <message>
            <source>Called “top-p”. Before each word the model keeps only its likeliest candidates whose chances add up to this share: 0.95 leaves out the rarest 5 %; lower values give safer, plainer replies.</source>
            <translation>Appelé « top-p ». Avant chaque mot, le modèle ne garde que ses candidats les plus probables dont les chances cumulées atteignent cette part : 0,95 écarte les 5 % les plus rares ; des valeurs plus basses donnent des réponses plus sûres et plus simples.</translation>
        </message>
        <message>
            <source>Longest reply</source>
            <translation>Longueur maximale des réponses</translation>
        </message>
        <message>
            <source>A token is a word or a piece of one (about ¾ of a word).</source>
            <translation>Un jeton est un mot ou un morceau de mot (environ ¾ d’un mot anglais).</translation>
        </message>
        <message>
            <source>Called “max tokens”: the reply stops after this many tokens even if the model is not done.</source>
            <translation>Appelé « max tokens » : la réponse s’arrête après ce nombre de jetons, même si le modèle n’a pas fini.</translation>
        </message>
        <message>
            <source>Memory and speed</source>
            <translation>Mémoire et vitesse</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>Mémoire de la discussion</translation>
        </message>
        <message>
            <source>How much of the chat the model sees at once; more needs more memory. Automatic: the most that fits easily here.</source>
            <translation>Quelle part de la discussion le modèle voit à la fois ; plus elle est grande, plus il faut de mémoire. Automatique : le maximum qui tient ici sans peine.</translation>
        </message>
        <message>
            <source>Called the “context”, counted in tokens. Older parts of a longer chat are left out of what the model sees.</source>
            <translation>Appelé « contexte », compté en jetons. Les parties les plus anciennes d’une longue discussion sortent de ce que voit le modèle.</translation>
        </message>
        <message>
            <source>Processor cores</source>
            <translation>Cœurs du processeur</translation>
        </message>
        <message>
            <source>How many processor cores work on a reply. Automatic: all of them.</source>
            <translation>Combien de cœurs du processeur travaillent à une réponse. Automatique : tous.</translation>
        </message>
        <message>
            <source>Called “CPU threads”: how many parts of the processor work on a reply at the same time. More than the computer has makes replies slower, not faster.</source>
            <translation>Appelé « threads CPU » : combien de parties du processeur travaillent en même temps à une réponse. Plus que l’ordinateur n’en a ralentit les réponses au lieu de les accélérer.</translation>
        </message>
        <message>
            <source>Graphics card</source>
            <translation>Carte graphique</translation>
        </message>
        <message>
            <source>How much of the model runs on the graphics card. Automatic: as much as fits.</source>
            <translation>Quelle part du modèle tourne sur la carte graphique. Automatique : autant que possible.</translation>
        </message>
        <message>
            <source>Called “GPU layers”: the model is a stack of layers, and this many of them run on the graphics card, which is faster; the rest run on the processor.</source>
            <translation>Appelé « couches GPU » : le modèle est une pile de couches, et ce nombre d’entre elles tourne sur la carte graphique, plus rapide ; le reste sur le processeur.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apparence</translation>
        </message>
        <message>
            <source>Light or dark, or whatever this computer uses.</source>
            <translation>Clair ou sombre, ou comme cet ordinateur.</translation>
        </message>
        <message>
            <source>The window's language; it changes the next time ShortChat starts.</source>
            <translation>La langue de la fenêtre ; elle change au prochain démarrage de ShortChat.</translation>
        </message>
        <message>
            <source>Of this computer's own text size, for the whole window and the chat. Anywhere: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 back to 100 %.</source>
            <translation>Par rapport à la taille de texte de cet ordinateur, pour toute la fenêtre et la discussion. Partout : Ctrl+= plus grand, Ctrl+- plus petit, Ctrl+0 retour à 100 %.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>{size} used</source>
            <translation>{size} utilisés</translation>
        </message>
        <message>
            <source>Models folder</source>
            <translation>Dossier des modèles</translation>
        </message>
        <message>
            <source>Where downloaded models are kept.</source>
            <translation>Où sont gardés les modèles téléchargés.</translation>
        </message>
        <message>
            <source>Reopening chats</source>
            <translation>Rouvrir les discussions</translation>
        </message>
        <message>
            <source>Disk space for what the model has read of your recent chats, so a long chat continues at once instead of being read again. The least recently used go first when it is full.</source>
            <translation>Espace disque pour ce que le modèle a lu de vos discussions récentes, afin qu’une longue discussion reprenne aussitôt au lieu d’être relue. Quand il est plein, le moins récemment utilisé part en premier.</translation>
        </message>
        <message>
            <source>llama.cpp's state (its KV cache) of each recent chat, saved after a reply and used again only when the chat, the model and its settings are exactly the same.</source>
            <translation>L’état de llama.cpp (son cache KV) pour chaque discussion récente, enregistré après une réponse et réutilisé seulement si la discussion, le modèle et ses réglages sont exactement les mêmes.</translation>
        </message>
        <message>
            <source>Other apps</source>
            <translation>Autres applications</translation>
        </message>
        <message>
            <source>Other programs on this computer can use the model loaded here. Takes effect at once.</source>
            <translation>D’autres programmes de cet ordinateur peuvent utiliser le modèle chargé ici. Effet immédiat.</translation>
        </message>
        <message>
            <source>An OpenAI-compatible API at this address, for this computer only (as `shortchat serve`).</source>
            <translation>Une API compatible OpenAI à cette adresse, pour cet ordinateur seulement (comme `shortchat serve`).</translation>
        </message>
        <message>
            <source>Instructions for this chat</source>
            <translation>Instructions pour cette discussion</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>Utiliser celles par défaut</translation>
        </message>
        <message>
            <source>What the model is told before this chat (the other chats keep theirs):</source>
            <translation>Ce qui est dit au modèle avant cette discussion (les autres discussions gardent les leurs) :</translation>
        </message>
    </context>
    <context>
        <name>SimpleChoices</name>
        <message>
            <source>No model fits this computer's memory right now. Close other programs, or look at “All sizes and quality levels” for the smallest ones.</source>
            <translation>Aucun modèle ne tient dans la mémoire de cet ordinateur pour l’instant. Fermez d’autres programmes, ou regardez les plus petits dans « Toutes les tailles et tous les niveaux de qualité ».</translation>
        </message>
        <message>
            <source>{model}: not published on the model hub yet, so it cannot be downloaded.</source>
            <translation>{model} : pas encore publié sur le hub de modèles, donc impossible à télécharger.</translation>
        </message>
        <message>
            <source>{model}: not known yet (the model hub could not be reached).</source>
            <translation>{model} : inconnu pour l’instant (le hub de modèles est injoignable).</translation>
        </message>
        <message>
            <source>Asking the model hub which models are available…</source>
            <translation>Interrogation du hub de modèles sur les modèles disponibles…</translation>
        </message>
        <message>
            <source>needs {size} of memory (measured here)</source>
            <translation>demande {size} de mémoire (mesuré ici)</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>demande environ {size} de mémoire</translation>
        </message>
        <message>
            <source>On this computer, {size}</source>
            <translation>Sur cet ordinateur, {size}</translation>
        </message>
        <message>
            <source>Download {size}</source>
            <translation>Télécharger {size}</translation>
        </message>
    </context>
    <context>
        <name>Speed</name>
        <message>
            <source>over {count} words/s</source>
            <translation>plus de {count} mots/s</translation>
        </message>
        <message>
            <source>{count} words/s</source>
            <translation>{count} mots/s</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>No model loaded</source>
            <translation>Aucun modèle chargé</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>Mémoire de la discussion</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>Chargement du modèle</translation>
        </message>
        <message>
            <source>The model stopped · it loads again when you send</source>
            <translation>Le modèle s’est arrêté · il sera rechargé à votre prochain envoi</translation>
        </message>
    </context>
</TS>