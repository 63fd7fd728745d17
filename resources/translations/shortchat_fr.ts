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
            <source>Let other apps on this computer use ShortChat</source>
            <translation>Permettre aux autres applications de cet ordinateur d'utiliser ShortChat</translation>
        </message>
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
            <source>Show earlier messages</source>
            <translation>Afficher les messages précédents</translation>
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
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <source>{side} is answering ({model})…</source>
            <translation>{side} répond ({model})…</translation>
        </message>
        <message>
            <source>Both models stay loaded: they fit in memory together.</source>
            <translation>Les deux modèles restent chargés : ils tiennent ensemble en mémoire.</translation>
        </message>
        <message>
            <source>One model in memory at a time: they load in turn.</source>
            <translation>Un seul modèle en mémoire à la fois : ils se chargent à tour de rôle.</translation>
        </message>
        <message>
            <source>One of them answers from another computer, so both stay ready.</source>
            <translation>L'un d'eux répond depuis un autre ordinateur, donc les deux restent prêts.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
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
            <translation>{count} jetons</translation>
        </message>
        <message>
            <source>{seconds} s in all, loading included</source>
            <translation>{seconds} s au total, chargement compris</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>arrêtée</translation>
        </message>
        <message>
            <source>Writing: {rate} tokens/s (after the first token, which is what the verdict compares). First token after {seconds} s (reading the prompt, {count} tokens).</source>
            <translation>Écriture : {rate} jetons/s (après le premier jeton, ce que compare le verdict). Premier jeton après {seconds} s (lecture de l'invite, {count} jetons).</translation>
        </message>
        <message>
            <source>The answers are too short to tell which writes faster (under {count} tokens): ask for a longer one.</source>
            <translation>Les réponses sont trop courtes pour dire lequel écrit le plus vite (moins de {count} jetons) : demandez-en une plus longue.</translation>
        </message>
        <message>
            <source>They wrote about as fast as each other (the difference is within measuring noise).</source>
            <translation>Ils ont écrit à peu près aussi vite l'un que l'autre (l'écart reste dans le bruit de mesure).</translation>
        </message>
        <message>
            <source>{name} wrote faster: {faster} against {slower}, {ratio} times as fast.</source>
            <translation>{name} a écrit plus vite : {faster} contre {slower}, {ratio} fois plus vite.</translation>
        </message>
        <message>
            <source>{name}: {rate} tokens/s</source>
            <translation>{name} : {rate} jetons/s</translation>
        </message>
        <message>
            <source>Writing speed after the first token ({rates}). Loading and reading the prompt are left out; a difference under {share} is noise, and answers under {count} tokens are too short to measure.</source>
            <translation>Vitesse d'écriture après le premier jeton ({rates}). Le chargement et la lecture de l'invite ne comptent pas ; un écart de moins de {share} est du bruit, et les réponses de moins de {count} jetons sont trop courtes pour être mesurées.</translation>
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
            <source>{speed} tokens/s · {count} tokens</source>
            <translation>{speed} jetons/s · {count} jetons</translation>
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
        <name>Download</name>
        <message>
            <source>You are offline (the model hub could not be reached); downloaded models still work. Connect to the internet to download new ones.</source>
            <translation>Vous êtes hors ligne (le hub de modèles est injoignable) ; les modèles téléchargés fonctionnent toujours. Connectez-vous à internet pour en télécharger de nouveaux.</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached. Your models work as usual; to download another one, connect to the internet and press Try again.</source>
            <translation>Vous êtes hors ligne : le hub de modèles est injoignable. Vos modèles fonctionnent comme d'habitude ; pour en télécharger un autre, connectez-vous à internet et cliquez sur Réessayer.</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached, and no model is on this computer yet. Connect to the internet and press Try again, or use “Add a file from disk…” for a model file you already have.</source>
            <translation>Vous êtes hors ligne : le hub de modèles est injoignable et aucun modèle n'est encore sur cet ordinateur. Connectez-vous à internet et cliquez sur Réessayer, ou utilisez « Ajouter un fichier du disque… » pour un fichier de modèle que vous avez déjà.</translation>
        </message>
        <message>
            <source>Another ShortChat is downloading {name} right now; waiting for it to finish…</source>
            <translation>Un autre ShortChat télécharge {name} en ce moment ; en attente de la fin…</translation>
        </message>
        <message>
            <source>The partly downloaded {file} disappeared from the models folder. Please download it again.</source>
            <translation>Le fichier {file} partiellement téléchargé a disparu du dossier des modèles. Veuillez le télécharger à nouveau.</translation>
        </message>
        <message>
            <source>The downloaded {file} is damaged (its checksum does not match the hub's), so it was deleted. Please download it again.</source>
            <translation>Le fichier {file} téléchargé est endommagé (sa somme de contrôle ne correspond pas à celle du hub), il a donc été supprimé. Veuillez le télécharger à nouveau.</translation>
        </message>
        <message>
            <source>The connection was lost at {done} of {total}. Try again later: the download will continue from there.</source>
            <translation>La connexion a été perdue à {done} sur {total}. Réessayez plus tard : le téléchargement reprendra à cet endroit.</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in a moment (attempt {attempt} of {attempts}).</source>
            <translation>La connexion au hub de modèles s'est arrêtée à {done} sur {total} ; nouvel essai dans un instant (tentative {attempt} sur {attempts}).</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in {pause} (attempt {attempt} of {attempts}).</source>
            <translation>La connexion au hub de modèles s'est arrêtée à {done} sur {total} ; nouvel essai dans {pause} (tentative {attempt} sur {attempts}).</translation>
        </message>
        <message>
            <source>Not enough disk space for {file}: it needs {needed} free (with a little room to spare), but only {free} is free. Free some space, or choose a smaller model.</source>
            <translation>Pas assez d'espace disque pour {file} : il faut {needed} de libre (avec un peu de marge), mais seuls {free} sont libres. Libérez de l'espace ou choisissez un modèle plus petit.</translation>
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
        <name>Errors</name>
        <message>
            <source>There is no reply to write again yet.</source>
            <translation>Il n’y a pas encore de réponse à réécrire.</translation>
        </message>
        <message>
            <source>Only your own messages in this chat can be edited.</source>
            <translation>Dans cette discussion, seuls vos propres messages peuvent être modifiés.</translation>
        </message>
        <message>
            <source>There is no reply to continue.</source>
            <translation>Il n’y a pas de réponse à continuer.</translation>
        </message>
        <message>
            <source>No model is loaded. Choose a model first.</source>
            <translation>Aucun modèle n’est chargé. Choisissez d’abord un modèle.</translation>
        </message>
        <message>
            <source>another ShortChat (or another program) kept the chat history busy for over {seconds} s</source>
            <translation>un autre ShortChat (ou un autre programme) a bloqué l’historique des discussions pendant plus de {seconds} s</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>the chat history's folder cannot be written</source>
            <translation>impossible d’écrire dans le dossier de l’historique des discussions</translation>
        </message>
        <message>
            <source>the disk could not be written or read (a disk error)</source>
            <translation>impossible d’écrire ou de lire sur le disque (erreur de disque)</translation>
        </message>
        <message>
            <source>the chat history file is damaged (ShortChat repairs it when it starts next)</source>
            <translation>le fichier de l’historique des discussions est endommagé (ShortChat le réparera au prochain démarrage)</translation>
        </message>
        <message>
            <source>the chat history refused it ({why})</source>
            <translation>l’historique des discussions a refusé l’opération ({why})</translation>
        </message>
        <message>
            <source>The chat history's folder cannot be created ({why}).</source>
            <translation>Impossible de créer le dossier de l’historique des discussions ({why}).</translation>
        </message>
        <message>
            <source>The chat history could not be opened: {why}.</source>
            <translation>Impossible d’ouvrir l’historique des discussions : {why}.</translation>
        </message>
        <message>
            <source>The chat history was written by a newer ShortChat. Update ShortChat to open it (nothing was changed).</source>
            <translation>L’historique des discussions a été écrit par une version plus récente de ShortChat. Mettez ShortChat à jour pour l’ouvrir (rien n’a été modifié).</translation>
        </message>
        <message>
            <source>The chat history file was damaged. {saved} of {total} messages were recovered into a new file; the damaged one was kept as {name}.</source>
            <translation>Le fichier de l’historique des discussions était endommagé. {saved} messages sur {total} ont été récupérés dans un nouveau fichier ; l’ancien fichier endommagé a été conservé sous le nom {name}.</translation>
        </message>
        <message>
            <source>The chat history file could not be read ({why}); it was kept as {name} and a new one started.</source>
            <translation>Impossible de lire le fichier de l’historique des discussions ({why}) ; il a été conservé sous le nom {name} et un nouveau fichier a été créé.</translation>
        </message>
        <message>
            <source>This was not saved: {why}. Try again in a moment.</source>
            <translation>Cela n’a pas été enregistré : {why}. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>That chat no longer exists.</source>
            <translation>Cette discussion n’existe plus.</translation>
        </message>
        <message>
            <source>That message could not be read.</source>
            <translation>Impossible de lire ce message.</translation>
        </message>
        <message>
            <source>A damaged message was set aside ({why}); the rest of the chat is shown.</source>
            <translation>Un message endommagé a été mis de côté ({why}) ; le reste de la discussion est affiché.</translation>
        </message>
        <message>
            <source>Until that is fixed, new chats are kept only while ShortChat is open.</source>
            <translation>Tant que ce problème n’est pas résolu, les nouvelles discussions ne sont conservées que pendant que ShortChat est ouvert.</translation>
        </message>
        <message>
            <source>Your earlier chat is shown, but changes to it are not kept.</source>
            <translation>Votre discussion précédente est affichée, mais les modifications que vous y apportez ne sont pas conservées.</translation>
        </message>
        <message>
            <source>Your {count} earlier chats are shown, but changes to them are not kept.</source>
            <translation>Vos {count} discussions précédentes sont affichées, mais les modifications que vous y apportez ne sont pas conservées.</translation>
        </message>
        <message>
            <source>llama.cpp crashed (segmentation fault)</source>
            <translation>llama.cpp a planté (erreur de segmentation)</translation>
        </message>
        <message>
            <source>llama.cpp could not read the model file any more (was it moved or changed?)</source>
            <translation>llama.cpp n’a plus pu lire le fichier de modèle (a-t-il été déplacé ou modifié ?)</translation>
        </message>
        <message>
            <source>llama.cpp crashed on bad numbers in the model file</source>
            <translation>llama.cpp a planté à cause de nombres invalides dans le fichier de modèle</translation>
        </message>
        <message>
            <source>llama.cpp used a processor instruction this computer does not have</source>
            <translation>llama.cpp a utilisé une instruction que le processeur de cet ordinateur ne connaît pas</translation>
        </message>
        <message>
            <source>llama.cpp stopped itself</source>
            <translation>llama.cpp s’est arrêté de lui-même</translation>
        </message>
        <message>
            <source>it was asked to stop by another program</source>
            <translation>un autre programme lui a demandé de s’arrêter</translation>
        </message>
        <message>
            <source>it was stopped by the system because the computer ran out of memory</source>
            <translation>le système l’a arrêté, car l’ordinateur manquait de mémoire</translation>
        </message>
        <message>
            <source>it was stopped by the system or by another program</source>
            <translation>il a été arrêté par le système ou par un autre programme</translation>
        </message>
        <message>
            <source>it stopped responding, so ShortChat ended it</source>
            <translation>il ne répondait plus, ShortChat l’a donc arrêté</translation>
        </message>
        <message>
            <source>it could not get enough memory</source>
            <translation>il n’a pas pu obtenir assez de mémoire</translation>
        </message>
        <message>
            <source>an internal check failed</source>
            <translation>une vérification interne a échoué</translation>
        </message>
        <message>
            <source>The model stopped unexpectedly: {reason}. Your conversation is safe; load the model again to continue.</source>
            <translation>Le modèle a cessé de fonctionner de façon inattendue : {reason}. Votre discussion n’est pas perdue ; rechargez le modèle pour continuer.</translation>
        </message>
        <message>
            <source>it was ended by {signal}</source>
            <translation>il a été arrêté par {signal}</translation>
        </message>
        <message>
            <source>it stopped responding</source>
            <translation>il a cessé de répondre</translation>
        </message>
        <message>
            <source>it exited with code {code}</source>
            <translation>il s’est arrêté avec le code {code}</translation>
        </message>
        <message>
            <source>{reason} ({cause})</source>
            <translation>{reason} ({cause})</translation>
        </message>
        <message>
            <source>{name} did not fit in this computer's memory: {reason}.</source>
            <translation>{name} n’a pas tenu dans la mémoire de cet ordinateur : {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be loaded: {reason}. The file may be damaged, or too large for this computer.</source>
            <translation>Impossible de charger {name} : {reason}. Le fichier est peut-être endommagé, ou trop gros pour cet ordinateur.</translation>
        </message>
        <message>
            <source>The model is still busy with the previous request.</source>
            <translation>Le modèle est encore occupé par la demande précédente.</translation>
        </message>
        <message>
            <source>Stopped because ShortChat is closing.</source>
            <translation>Arrêté, car ShortChat se ferme.</translation>
        </message>
        <message>
            <source>There was not enough memory to finish this. Close other programs, or choose a smaller model.</source>
            <translation>La mémoire n’a pas suffi pour terminer. Fermez d’autres programmes ou choisissez un modèle plus petit.</translation>
        </message>
        <message>
            <source>Something went wrong inside llama.cpp while it was working; the details are in the log ({log}).</source>
            <translation>Un problème est survenu dans llama.cpp pendant son travail ; les détails se trouvent dans le journal ({log}).</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model, which this version of ShortChat cannot run.</source>
            <translation>{name} est un modèle « {arch} », que cette version de ShortChat ne sait pas exécuter.</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged. If you downloaded it, download it again.</source>
            <translation>{name} est incomplet ou endommagé. Si vous l’avez téléchargé, téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <source>There is not enough memory to load {name}. Close other programs or choose a smaller model.</source>
            <translation>Pas assez de mémoire pour charger {name}. Fermez d’autres programmes ou choisissez un modèle plus petit.</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program (llama.cpp said: {cause}).</source>
            <translation>Impossible de charger {name} : le fichier est peut-être endommagé ou destiné à un autre programme (message de llama.cpp : {cause}).</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program.</source>
            <translation>Impossible de charger {name} : le fichier est peut-être endommagé ou destiné à un autre programme.</translation>
        </message>
        <message>
            <source>llama.cpp found no way to run models on this computer (no CPU backend was found).</source>
            <translation>llama.cpp n’a trouvé aucun moyen d’exécuter des modèles sur cet ordinateur (aucun backend CPU trouvé).</translation>
        </message>
        <message>
            <source>The reply length ({reply_tokens} tokens) leaves no room in the model's context of {n_ctx} tokens. Choose a shorter reply length.</source>
            <translation>La longueur de réponse ({reply_tokens} jetons) ne laisse aucune place dans la mémoire de la discussion du modèle, qui est de {n_ctx} jetons. Choisissez une longueur de réponse plus courte.</translation>
        </message>
        <message>
            <source>This message is too long for the model: with the instructions it needs {count} tokens, but only {budget} fit beside a reply of {reply_tokens} tokens. Shorten the message, or choose a longer context or a shorter reply in the settings.</source>
            <translation>Ce message est trop long pour le modèle : avec les instructions, il lui faut {count} jetons, mais seuls {budget} tiennent à côté d’une réponse de {reply_tokens} jetons. Raccourcissez le message, ou choisissez dans les réglages une mémoire de la discussion plus longue ou une réponse plus courte.</translation>
        </message>
        <message>
            <source>Refused to download a file with an unsafe name: {name}.</source>
            <translation>Téléchargement refusé pour un fichier au nom dangereux : {name}.</translation>
        </message>
        <message>
            <source>{file} is not (or no longer) published in {repo}.</source>
            <translation>{file} n’est pas (ou plus) publié dans {repo}.</translation>
        </message>
        <message>
            <source>The hub gives no checksum for {file}, so it cannot be verified.</source>
            <translation>Le hub ne fournit aucune somme de contrôle pour {file} ; impossible de le vérifier.</translation>
        </message>
        <message>
            <source>{repo} is not published on the model hub.</source>
            <translation>{repo} n’est pas publié sur le hub de modèles.</translation>
        </message>
        <message>
            <source>The model hub gave an answer ShortChat does not understand ({why}).</source>
            <translation>Le hub de modèles a renvoyé une réponse que ShortChat ne comprend pas ({why}).</translation>
        </message>
        <message>
            <source>Stopped waiting; the other ShortChat is still downloading {name}.</source>
            <translation>Attente interrompue ; l’autre ShortChat est toujours en train de télécharger {name}.</translation>
        </message>
        <message>
            <source>The download was stopped. It will continue from here next time.</source>
            <translation>Le téléchargement a été arrêté. La prochaine fois, il reprendra là où il s’est arrêté.</translation>
        </message>
        <message>
            <source>The download of {file} failed: {why}</source>
            <translation>Le téléchargement de {file} a échoué : {why}</translation>
        </message>
        <message>
            <source>{file} changed on the model hub while it was downloading. Try again to download the new version.</source>
            <translation>{file} a changé sur le hub de modèles pendant son téléchargement. Réessayez pour télécharger la nouvelle version.</translation>
        </message>
        <message>
            <source>The download was stopped while its file was being checked.</source>
            <translation>Le téléchargement a été arrêté pendant la vérification du fichier.</translation>
        </message>
        <message>
            <source>context length</source>
            <translation>longueur du contexte</translation>
        </message>
        <message>
            <source>layer count</source>
            <translation>nombre de couches</translation>
        </message>
        <message>
            <source>embedding size</source>
            <translation>taille des embeddings</translation>
        </message>
        <message>
            <source>attention head count</source>
            <translation>nombre de têtes d’attention</translation>
        </message>
        <message>
            <source>feed-forward size</source>
            <translation>taille de la couche feed-forward</translation>
        </message>
        <message>
            <source>file type</source>
            <translation>type de fichier</translation>
        </message>
        <message>
            <source>alignment</source>
            <translation>alignement</translation>
        </message>
        <message>
            <source>it does not say what kind of model it is</source>
            <translation>le fichier n’indique pas de quel type de modèle il s’agit</translation>
        </message>
        <message>
            <source>its {words} is {value}, which no model has</source>
            <translation>{words} : {value}, une valeur qu’aucun modèle ne peut avoir</translation>
        </message>
        <message>
            <source>its vocabulary is empty or impossibly large</source>
            <translation>son vocabulaire est vide ou d’une taille impossible</translation>
        </message>
        <message>
            <source>it ends too early</source>
            <translation>le fichier se termine trop tôt</translation>
        </message>
        <message>
            <source>a text field has an impossible length</source>
            <translation>un champ de texte a une longueur impossible</translation>
        </message>
        <message>
            <source>an array has an impossible length</source>
            <translation>un tableau a une longueur impossible</translation>
        </message>
        <message>
            <source>an array has an unknown element type {element_type}</source>
            <translation>un tableau a un type d’élément inconnu : {element_type}</translation>
        </message>
        <message>
            <source>a value has an unknown type {value_type}</source>
            <translation>une valeur a un type inconnu : {value_type}</translation>
        </message>
        <message>
            <source>a tensor has too many dimensions</source>
            <translation>un tenseur a trop de dimensions</translation>
        </message>
        <message>
            <source>a tensor has a size of zero</source>
            <translation>un tenseur a une taille nulle</translation>
        </message>
        <message>
            <source>a tensor's data is misplaced</source>
            <translation>les données d’un tenseur sont mal placées</translation>
        </message>
        <message>
            <source>a tensor's size does not match its type</source>
            <translation>la taille d’un tenseur ne correspond pas à son type</translation>
        </message>
        <message>
            <source>{name} is a link to a file that is not there.</source>
            <translation>{name} est un lien vers un fichier qui n’existe pas.</translation>
        </message>
        <message>
            <source>There is no model file at {path}.</source>
            <translation>Il n’y a pas de fichier de modèle à l’emplacement {path}.</translation>
        </message>
        <message>
            <source>{name} is a link that leads nowhere (it loops back on itself).</source>
            <translation>{name} est un lien qui ne mène nulle part (il renvoie à lui-même en boucle).</translation>
        </message>
        <message>
            <source>{name} could not be read: {why}.</source>
            <translation>Impossible de lire {name} : {why}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a model file.</source>
            <translation>{path} est un dossier, pas un fichier de modèle.</translation>
        </message>
        <message>
            <source>{name} is not a regular file (it is a pipe, a device or a socket), so it is no model.</source>
            <translation>{name} n’est pas un fichier ordinaire (c’est un tube, un périphérique ou un socket) : ce n’est donc pas un modèle.</translation>
        </message>
        <message>
            <source>{name} is not a regular file, so it is no model.</source>
            <translation>{name} n’est pas un fichier ordinaire : ce n’est donc pas un modèle.</translation>
        </message>
        <message>
            <source>{name} uses the old GGML format, which llama.cpp no longer reads. Download the GGUF version of this model instead.</source>
            <translation>{name} utilise l’ancien format GGML, que llama.cpp ne lit plus. Téléchargez plutôt la version GGUF de ce modèle.</translation>
        </message>
        <message>
            <source>{name} is not a GGUF model file. ShortChat runs models in the GGUF format (files ending in .gguf).</source>
            <translation>{name} n’est pas un fichier de modèle GGUF. ShortChat exécute les modèles au format GGUF (fichiers se terminant par .gguf).</translation>
        </message>
        <message>
            <source>{name} is GGUF version {version}, which this version of ShortChat cannot read.</source>
            <translation>{name} est en version GGUF {version}, que cette version de ShortChat ne sait pas lire.</translation>
        </message>
        <message>
            <source>its header counts are impossible</source>
            <translation>son en-tête annonce des nombres d’éléments impossibles</translation>
        </message>
        <message>
            <source>a metadata key is empty</source>
            <translation>une clé de métadonnées est vide</translation>
        </message>
        <message>
            <source>a metadata key appears twice</source>
            <translation>une clé de métadonnées apparaît deux fois</translation>
        </message>
        <message>
            <source>ShortChat is not allowed to read {name}.</source>
            <translation>ShortChat n’a pas l’autorisation de lire {name}.</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete ({why}). If you downloaded it, download it again.</source>
            <translation>{name} est endommagé ou incomplet ({why}). Si vous l’avez téléchargé, téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <source>{name} is damaged ({why}). If you downloaded it, download it again.</source>
            <translation>{name} est endommagé ({why}). Si vous l’avez téléchargé, téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged: it is {size} bytes long, but its model weights need {needed}. If you downloaded it, download it again; if you copied it, copy it again.</source>
            <translation>{name} est incomplet ou endommagé : il fait {size} octets, alors que les poids de son modèle en demandent {needed}. Si vous l’avez téléchargé, téléchargez-le à nouveau ; si vous l’avez copié, copiez-le à nouveau.</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model (used for images or search), not a chat model.</source>
            <translation>{name} est un modèle « {arch} » (pour les images ou la recherche), pas un modèle de discussion.</translation>
        </message>
        <message>
            <source>{name} holds no model weights (it has no tensors).</source>
            <translation>{name} ne contient aucun poids de modèle (aucun tenseur).</translation>
        </message>
        <message>
            <source>There is no model called {name}. `shortchat list` shows the models you have.</source>
            <translation>Aucun modèle ne s’appelle {name}. `shortchat list` affiche les modèles que vous avez.</translation>
        </message>
        <message>
            <source>A model called {name} is already in the models folder.</source>
            <translation>Un modèle nommé {name} se trouve déjà dans le dossier des modèles.</translation>
        </message>
        <message>
            <source>Not enough disk space to copy {name}; add it as a link instead.</source>
            <translation>Pas assez d’espace disque pour copier {name} ; ajoutez-le plutôt sous forme de lien.</translation>
        </message>
        <message>
            <source>This computer has no keychain, so API keys are kept only until ShortChat closes.</source>
            <translation>Cet ordinateur n’a pas de trousseau de clés : les clés d’API ne sont donc gardées que jusqu’à la fermeture de ShortChat.</translation>
        </message>
        <message>
            <source>The connection to {computer} was cut off in the middle of the reply.</source>
            <translation>La connexion à {computer} a été coupée au milieu de la réponse.</translation>
        </message>
        <message>
            <source>The server at {computer} no longer offers {model_name}.</source>
            <translation>Le serveur de {computer} ne propose plus {model_name}.</translation>
        </message>
        <message>
            <source>The model at {computer} has no end-of-reply token ShortChat can use.</source>
            <translation>Le modèle sur {computer} n’a aucun jeton de fin de réponse utilisable par ShortChat.</translation>
        </message>
        <message>
            <source>No model is chosen. Choose a model first.</source>
            <translation>Aucun modèle n’est choisi. Choisissez d’abord un modèle.</translation>
        </message>
        <message>
            <source>The Ollama server said: {error}</source>
            <translation>Le serveur Ollama a répondu : {error}</translation>
        </message>
        <message>
            <source>Give the server's address, like http://192.168.1.20:8080.</source>
            <translation>Indiquez l’adresse du serveur, par exemple http://192.168.1.20:8080.</translation>
        </message>
        <message>
            <source>“{url}” is not a server address; give one like http://192.168.1.20:8080.</source>
            <translation>« {url} » n’est pas une adresse de serveur ; indiquez-en une comme http://192.168.1.20:8080.</translation>
        </message>
        <message>
            <source>The server at {computer} refused the API key; check the key in the settings.</source>
            <translation>Le serveur de {computer} a refusé la clé d’API ; vérifiez-la dans les réglages.</translation>
        </message>
        <message>
            <source>The server at {computer} is still loading its model; try again in a moment.</source>
            <translation>Le serveur de {computer} est encore en train de charger son modèle ; réessayez dans un instant.</translation>
        </message>
        <message>
            <source>The server at {computer} does not offer this (wrong address or model name).</source>
            <translation>Le serveur de {computer} ne propose pas cela (adresse ou nom de modèle incorrect).</translation>
        </message>
        <message>
            <source>The server at {computer} answered with an error (HTTP {status}).</source>
            <translation>Le serveur de {computer} a répondu par une erreur (HTTP {status}).</translation>
        </message>
        <message>
            <source>The secure connection to {computer} failed: its certificate is not trusted by this computer.</source>
            <translation>La connexion sécurisée à {computer} a échoué : cet ordinateur ne fait pas confiance à son certificat.</translation>
        </message>
        <message>
            <source>The server at {computer} did not answer in time.</source>
            <translation>Le serveur de {computer} n’a pas répondu à temps.</translation>
        </message>
        <message>
            <source>Cannot reach the server at {computer}: is it running, and is the address right?</source>
            <translation>Impossible de joindre le serveur de {computer} : est-il démarré, et l’adresse est-elle correcte ?</translation>
        </message>
        <message>
            <source>The server at {computer} could not be used ({kind}).</source>
            <translation>Impossible d’utiliser le serveur de {computer} ({kind}).</translation>
        </message>
        <message>
            <source>The server at {computer} is not one ShortChat can talk to.</source>
            <translation>ShortChat ne sait pas communiquer avec le serveur de {computer}.</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used for now.</source>
            <translation>Impossible de lire le fichier des réglages ({why}) ; les réglages par défaut sont utilisés pour l’instant.</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used (the old file: {kept}).</source>
            <translation>Impossible de lire le fichier des réglages ({why}) ; les réglages par défaut sont utilisés (ancien fichier : {kept}).</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used.</source>
            <translation>Impossible de lire le fichier des réglages ({why}) ; les réglages par défaut sont utilisés.</translation>
        </message>
        <message>
            <source>The setting {name} had a value ShortChat cannot use; it is back to its default.</source>
            <translation>Le réglage {name} avait une valeur inutilisable par ShortChat ; il a été remis à sa valeur par défaut.</translation>
        </message>
        <message>
            <source>The settings could not be saved in {parent} ({why}); they stay as they are until ShortChat closes.</source>
            <translation>Impossible d’enregistrer les réglages dans {parent} ({why}) ; ils restent tels quels jusqu’à la fermeture de ShortChat.</translation>
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
            <source>~{size}</source>
            <translation>~{size}</translation>
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
        <name>LoadPlan</name>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} the models were trained on: late in a long chat the replies may stop making sense.</source>
            <translation>La mémoire de la discussion est réglée sur {count} jetons, plus que les {trained} sur lesquels les modèles ont été entraînés : au fil d’une longue discussion, les réponses risquent de perdre leur sens.</translation>
        </message>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} this model was trained on: late in a long chat the replies may stop making sense.</source>
            <translation>La mémoire de la discussion est réglée sur {count} jetons, plus que les {trained} sur lesquels ce modèle a été entraîné : au fil d’une longue discussion, les réponses risquent de perdre leur sens.</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat keeps this chat's memory in a compact form so it fits ({saved} less; replies come slower late in a long chat).</source>
            <translation>{model} demande environ {size} de mémoire pour garder en tête {count} jetons de discussion, plus que ce que cet ordinateur peut y consacrer ; ShortChat conserve donc la mémoire de cette discussion sous une forme compacte pour qu’elle tienne ({saved} de moins ; les réponses ralentissent à mesure que la discussion s’allonge).</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat works through this chat's memory in a leaner way so it fits ({saved} less; replies come a little slower late in a long chat).</source>
            <translation>{model} demande environ {size} de mémoire pour garder en tête {count} jetons de discussion, plus que ce que cet ordinateur peut y consacrer ; ShortChat traite donc la mémoire de cette discussion de façon plus économe pour qu’elle tienne ({saved} de moins ; les réponses ralentissent un peu à mesure que la discussion s’allonge).</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory, more than this computer can spare.</source>
            <translation>{model} demande environ {size} de mémoire, plus que ce que cet ordinateur peut y consacrer.</translation>
        </message>
        <message>
            <source>{model} did not fit when loading.</source>
            <translation>{model} n’a pas tenu en mémoire au chargement.</translation>
        </message>
        <message>
            <source>ShortChat is loading it as asked.</source>
            <translation>ShortChat le charge comme demandé.</translation>
        </message>
        <message>
            <source>ShortChat is loading it with {count} of its layers on the graphics card and the rest on the processor.</source>
            <translation>ShortChat le charge avec {count} de ses couches sur la carte graphique et le reste sur le processeur.</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only (slower).</source>
            <translation>ShortChat le charge uniquement sur le processeur (plus lent).</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights and with this chat's memory in a compact form (about a third slower, {saved} less at its peak).</source>
            <translation>ShortChat le charge sans la copie de ses poids optimisée pour la vitesse, et avec la mémoire de cette discussion sous une forme compacte (environ un tiers plus lent, pic de mémoire réduit de {saved}).</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights (about a third slower, {saved} less at its peak).</source>
            <translation>ShortChat le charge sans la copie de ses poids optimisée pour la vitesse (environ un tiers plus lent, pic de mémoire réduit de {saved}).</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller file of the same model, {saved} less memory).</source>
            <translation>ShortChat charge plutôt {model} (un fichier plus petit du même modèle, {saved} de mémoire en moins).</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller model, {saved} less memory).</source>
            <translation>ShortChat charge plutôt {model} (un modèle plus petit, {saved} de mémoire en moins).</translation>
        </message>
        <message>
            <source>It is loaded without its speed-up copy of the weights (about a third slower).</source>
            <translation>Il est chargé sans la copie de ses poids optimisée pour la vitesse (environ un tiers plus lent).</translation>
        </message>
        <message>
            <source>This chat's memory is kept in a compact form (slower late in a long chat).</source>
            <translation>La mémoire de cette discussion est conservée sous une forme compacte (plus lent à mesure que la discussion s’allonge).</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>ShortChat le charge uniquement sur le processeur, avec la mémoire de cette discussion sous une forme compacte ({saved} de mémoire en moins, plus lent à mesure que la discussion s’allonge).</translation>
        </message>
        <message>
            <source>ShortChat is loading it with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>ShortChat le charge avec la mémoire de cette discussion sous une forme compacte ({saved} de mémoire en moins, plus lent à mesure que la discussion s’allonge).</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>ShortChat le charge uniquement sur le processeur, en traitant la mémoire de cette discussion de façon plus économe ({saved} de mémoire en moins, un peu plus lent à mesure que la discussion s’allonge).</translation>
        </message>
        <message>
            <source>ShortChat is loading it working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>ShortChat le charge en traitant la mémoire de cette discussion de façon plus économe ({saved} de mémoire en moins, un peu plus lent à mesure que la discussion s’allonge).</translation>
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
            <source>Rena&amp;me this chat…</source>
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
            <source>Loaded in {seconds} s, {count} tokens of context</source>
            <translation>Chargé en {seconds} s, mémoire de la discussion de {count} jetons</translation>
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
        <message>
            <source>{model} on {computer}</source>
            <translation>{model} sur {computer}</translation>
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
            <source>Memory, cores and graphics card take effect the next time a model loads.</source>
            <translation>La mémoire, les cœurs et la carte graphique s'appliquent au prochain chargement d'un modèle.</translation>
        </message>
        <message>
            <source>Memory and cores take effect the next time a model loads.</source>
            <translation>La mémoire et les cœurs s'appliquent au prochain chargement d'un modèle.</translation>
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
        <name>Sizes</name>
        <message>
            <source>{value} GB</source>
            <translation>{value} Go</translation>
        </message>
        <message>
            <source>{value} MB</source>
            <translation>{value} Mo</translation>
        </message>
        <message>
            <source>{value} KB</source>
            <translation>{value} Ko</translation>
        </message>
        <message>
            <source>{value} bytes</source>
            <translation>{value} octets</translation>
        </message>
        <message>
            <source>{value} s</source>
            <translation>{value} s</translation>
        </message>
        <message>
            <source>{value} min</source>
            <translation>{value} min</translation>
        </message>
        <message>
            <source>{value} h</source>
            <translation>{value} h</translation>
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
        <message>
            <source>speed unknown</source>
            <translation>vitesse inconnue</translation>
        </message>
        <message>
            <source>{speed}, measured</source>
            <translation>{speed}, mesurée</translation>
        </message>
        <message>
            <source>about {speed}</source>
            <translation>environ {speed}</translation>
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