<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>About</name>
        <message>
            <source>The licence texts are missing from this installation.</source>
            <translation>Faltan los textos de las licencias en esta instalación.</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>Chat offline with Nota AI's pruned Vicuna models.</source>
            <translation>Chatea sin conexión con los modelos Vicuna reducidos de Nota AI.</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Licencias</translation>
        </message>
    </context>
    <context>
        <name>ApiSharing</name>
        <message>
            <source>Let other apps on this computer use ShortChat</source>
            <translation>Permitir que otras aplicaciones de este ordenador usen ShortChat</translation>
        </message>
        <message>
            <source>Address for other apps</source>
            <translation>Dirección para otras aplicaciones</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desactivado</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something unexpected went wrong ({kind}).
Details were written to the log in {folder}.</source>
            <translation>Algo salió mal de forma inesperada ({kind}).
Los detalles se guardaron en el registro de {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Rename this chat</source>
            <translation>Cambiar el nombre de este chat</translation>
        </message>
        <message>
            <source>A new name for this chat:</source>
            <translation>Un nombre nuevo para este chat:</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Ayer</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Chat nuevo</translation>
        </message>
        <message>
            <source>Start a new chat (Ctrl+N)</source>
            <translation>Empezar un chat nuevo (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search all chats…</source>
            <translation>Buscar en todos los chats…</translation>
        </message>
        <message>
            <source>Search all chats</source>
            <translation>Buscar en todos los chats</translation>
        </message>
        <message>
            <source>Chats</source>
            <translation>Chats</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>No se encontró nada.</translation>
        </message>
        <message>
            <source>Your chats will be listed here.</source>
            <translation>Tus chats aparecerán aquí.</translation>
        </message>
        <message>
            <source>Chats of {day}</source>
            <translation>Chats de {day}</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Cambiar nombre…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>ChatMemory</name>
        <message>
            <source>Chat memory {percent} % full</source>
            <translation>Memoria del chat al {percent} %</translation>
        </message>
        <message>
            <source> · the oldest are left out</source>
            <translation> · los más antiguos quedan fuera</translation>
        </message>
        <message>
            <source> · the oldest go soon</source>
            <translation> · los más antiguos saldrán pronto</translation>
        </message>
        <message>
            <source>How much of what the model can keep in mind ({tokens} tokens, about {words} words) this chat uses. When it is full, the oldest messages are left out of what the model reads.</source>
            <translation>Cuánto de lo que el modelo puede recordar ({tokens} tokens, unas {words} palabras) usa este chat. Cuando se llena, los mensajes más antiguos quedan fuera de lo que lee el modelo.</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its oldest exchange was left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>Este chat ya es más largo de lo que el modelo puede recordar: su intercambio más antiguo quedó fuera de lo que el modelo leyó para esta respuesta. Un chat nuevo (Ctrl+N) empieza de cero.</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its %n oldest exchanges were left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>Este chat ya es más largo de lo que el modelo puede recordar: sus %n intercambios más antiguos quedaron fuera de lo que el modelo leyó para esta respuesta. Un chat nuevo (Ctrl+N) empieza de cero.</translation>
        </message>
        <message>
            <source>A longer chat memory (Settings → Chat memory) may also fit on this computer.</source>
            <translation>Puede que en este ordenador también quepa una memoria del chat más larga (Ajustes → Memoria del chat).</translation>
        </message>
    </context>
    <context>
        <name>ChatPage</name>
        <message>
            <source>Ask anything. Everything stays on this computer.</source>
            <translation>Pregunta lo que quieras. Todo se queda en este ordenador.</translation>
        </message>
        <message>
            <source>Editing an earlier message: Send asks it again as a new version (the old one stays, ‹ › switches between them).</source>
            <translation>Estás editando un mensaje anterior: Enviar lo vuelve a preguntar como una versión nueva (la anterior se conserva; ‹ › cambia entre ellas).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop editing and keep the message as it was (Esc)</source>
            <translation>Dejar de editar y conservar el mensaje como estaba (Esc)</translation>
        </message>
        <message>
            <source>The reply stopped at its length limit.</source>
            <translation>La respuesta se detuvo al llegar a su límite de longitud.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Go on writing this reply from where it stopped (Ctrl+Shift+Enter)</source>
            <translation>Seguir escribiendo esta respuesta desde donde se detuvo (Ctrl+Mayús+Intro)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Send or stop</source>
            <translation>Enviar o detener</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Volver a generar</translation>
        </message>
        <message>
            <source>Write the last reply again (Ctrl+R)</source>
            <translation>Volver a escribir la última respuesta (Ctrl+R)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>Detener la respuesta (Esc)</translation>
        </message>
        <message>
            <source>Send the message (Enter)</source>
            <translation>Enviar el mensaje (Intro)</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>Conversación</translation>
        </message>
        <message>
            <source>The messages of this chat. Ctrl+Up and Ctrl+Down read the messages one by one; Alt+Down and Alt+Up move between a message's buttons; a finished reply is read out once.</source>
            <translation>Los mensajes de este chat. Ctrl+Arriba y Ctrl+Abajo leen los mensajes uno a uno; Alt+Abajo y Alt+Arriba recorren los botones de un mensaje; una respuesta terminada se lee una vez.</translation>
        </message>
        <message>
            <source>{author} replied: {reply}</source>
            <translation>{author} respondió: {reply}</translation>
        </message>
        <message>
            <source>Message copied</source>
            <translation>Mensaje copiado</translation>
        </message>
        <message>
            <source>Code copied</source>
            <translation>Código copiado</translation>
        </message>
        <message>
            <source>Show earlier messages</source>
            <translation>Mostrar mensajes anteriores</translation>
        </message>
        <message>
            <source>{author}, message {number} of {count}: {text}</source>
            <translation>{author}, mensaje {number} de {count}: {text}</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Model {side}</source>
            <translation>Modelo {side}</translation>
        </message>
        <message>
            <source>Answers of model {side}</source>
            <translation>Respuestas del modelo {side}</translation>
        </message>
        <message>
            <source>The answers of {side} appear here.</source>
            <translation>Aquí aparecen las respuestas de {side}.</translation>
        </message>
        <message>
            <source>Speed of model {side}</source>
            <translation>Velocidad del modelo {side}</translation>
        </message>
        <message>
            <source>Compare two models</source>
            <translation>Comparar dos modelos</translation>
        </message>
        <message>
            <source>Ask both models the same question. They answer one after the other, so each gets the whole computer and the speeds are fair; follow-up questions continue both chats.</source>
            <translation>Haz la misma pregunta a los dos modelos. Responden uno tras otro, así cada uno tiene todo el ordenador y las velocidades se comparan de forma justa; las preguntas siguientes continúan ambos chats.</translation>
        </message>
        <message>
            <source>A question for both… (Enter asks)</source>
            <translation>Una pregunta para los dos… (Intro pregunta)</translation>
        </message>
        <message>
            <source>Ask both</source>
            <translation>Preguntar a ambos</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Tú</translation>
        </message>
        <message>
            <source>{side} is answering ({model})…</source>
            <translation>{side} está respondiendo ({model})…</translation>
        </message>
        <message>
            <source>Both models stay loaded: they fit in memory together.</source>
            <translation>Los dos modelos siguen cargados: caben juntos en la memoria.</translation>
        </message>
        <message>
            <source>One model in memory at a time: they load in turn.</source>
            <translation>Un modelo en memoria cada vez: se cargan por turnos.</translation>
        </message>
        <message>
            <source>One of them answers from another computer, so both stay ready.</source>
            <translation>Uno de ellos responde desde otro ordenador, así que los dos siguen listos.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
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
            <translation>{count} tokens</translation>
        </message>
        <message>
            <source>{seconds} s in all, loading included</source>
            <translation>{seconds} s en total, con la carga</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>detenida</translation>
        </message>
        <message>
            <source>Writing: {rate} tokens/s (after the first token, which is what the verdict compares). First token after {seconds} s (reading the prompt, {count} tokens).</source>
            <translation>Escritura: {rate} tokens/s (tras el primer token, que es lo que compara el veredicto). Primer token a los {seconds} s (leyendo la entrada, {count} tokens).</translation>
        </message>
        <message>
            <source>The answers are too short to tell which writes faster (under {count} tokens): ask for a longer one.</source>
            <translation>Las respuestas son demasiado cortas para saber cuál escribe más rápido (menos de {count} tokens): pide una más larga.</translation>
        </message>
        <message>
            <source>They wrote about as fast as each other (the difference is within measuring noise).</source>
            <translation>Escribieron más o menos igual de rápido (la diferencia está dentro del margen de medición).</translation>
        </message>
        <message>
            <source>{name} wrote faster: {faster} against {slower}, {ratio} times as fast.</source>
            <translation>{name} escribió más rápido: {faster} frente a {slower}, {ratio} veces más rápido.</translation>
        </message>
        <message>
            <source>{name}: {rate} tokens/s</source>
            <translation>{name}: {rate} tokens/s</translation>
        </message>
        <message>
            <source>Writing speed after the first token ({rates}). Loading and reading the prompt are left out; a difference under {share} is noise, and answers under {count} tokens are too short to measure.</source>
            <translation>Velocidad de escritura tras el primer token ({rates}). La carga y la lectura de la entrada no cuentan; una diferencia de menos del {share} es ruido, y las respuestas de menos de {count} tokens son demasiado cortas para medir.</translation>
        </message>
    </context>
    <context>
        <name>Conversation</name>
        <message>
            <source>Your message was not sent. {reason}</source>
            <translation>Tu mensaje no se envió. {reason}</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Tú</translation>
        </message>
        <message>
            <source>The reply will start as soon as the model is loaded.</source>
            <translation>La respuesta empezará en cuanto se cargue el modelo.</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Primero elige un modelo.</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Asistente</translation>
        </message>
        <message>
            <source>Reading the chat… {percent} %</source>
            <translation>Leyendo el chat… {percent} %</translation>
        </message>
        <message>
            <source>{speed} tokens/s · {count} tokens</source>
            <translation>{speed} tokens/s · {count} tokens</translation>
        </message>
        <message>
            <source> · stopped at the length limit</source>
            <translation> · detenida en el límite de longitud</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>sin terminar</translation>
        </message>
        <message>
            <source>Stop the reply first (Esc).</source>
            <translation>Primero detén la respuesta (Esc).</translation>
        </message>
        <message>
            <source>Wait for the reply to end, or stop it (Esc).</source>
            <translation>Espera a que termine la respuesta o detenla (Esc).</translation>
        </message>
        <message>
            <source>There is no chat to export yet.</source>
            <translation>Todavía no hay ningún chat para exportar.</translation>
        </message>
        <message>
            <source>Export the chat</source>
            <translation>Exportar el chat</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The chat could not be saved there: {reason}.</source>
            <translation>No se pudo guardar el chat ahí: {reason}.</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Se guardó {file}</translation>
        </message>
        <message>
            <source>The whole chat was copied</source>
            <translation>Se copió el chat entero</translation>
        </message>
        <message>
            <source>Reply copied</source>
            <translation>Respuesta copiada</translation>
        </message>
    </context>
    <context>
        <name>Download</name>
        <message>
            <source>You are offline (the model hub could not be reached); downloaded models still work. Connect to the internet to download new ones.</source>
            <translation>Estás sin conexión (no se pudo acceder al hub de modelos); los modelos descargados siguen funcionando. Conéctate a internet para descargar otros nuevos.</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached. Your models work as usual; to download another one, connect to the internet and press Try again.</source>
            <translation>Estás sin conexión: no se pudo acceder al hub de modelos. Tus modelos funcionan como siempre; para descargar otro, conéctate a internet y pulsa Reintentar.</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached, and no model is on this computer yet. Connect to the internet and press Try again, or use “Add a file from disk…” for a model file you already have.</source>
            <translation>Estás sin conexión: no se pudo acceder al hub de modelos y aún no hay ningún modelo en este ordenador. Conéctate a internet y pulsa Reintentar, o usa «Añadir un archivo del disco…» para un archivo de modelo que ya tengas.</translation>
        </message>
        <message>
            <source>Another ShortChat is downloading {name} right now; waiting for it to finish…</source>
            <translation>Otro ShortChat está descargando {name} ahora mismo; esperando a que termine…</translation>
        </message>
        <message>
            <source>The partly downloaded {file} disappeared from the models folder. Please download it again.</source>
            <translation>El archivo {file} descargado en parte desapareció de la carpeta de modelos. Descárgalo de nuevo.</translation>
        </message>
        <message>
            <source>The downloaded {file} is damaged (its checksum does not match the hub's), so it was deleted. Please download it again.</source>
            <translation>El archivo {file} descargado está dañado (su suma de comprobación no coincide con la del hub), así que se eliminó. Descárgalo de nuevo.</translation>
        </message>
        <message>
            <source>The connection was lost at {done} of {total}. Try again later: the download will continue from there.</source>
            <translation>La conexión se perdió en {done} de {total}. Inténtalo más tarde: la descarga continuará desde ahí.</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in a moment (attempt {attempt} of {attempts}).</source>
            <translation>La conexión con el hub de modelos se detuvo en {done} de {total}; se reintentará en un momento (intento {attempt} de {attempts}).</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in {pause} (attempt {attempt} of {attempts}).</source>
            <translation>La conexión con el hub de modelos se detuvo en {done} de {total}; se reintentará en {pause} (intento {attempt} de {attempts}).</translation>
        </message>
        <message>
            <source>Not enough disk space for {file}: it needs {needed} free (with a little room to spare), but only {free} is free. Free some space, or choose a smaller model.</source>
            <translation>No hay espacio en disco suficiente para {file}: necesita {needed} libres (con un poco de margen), pero solo hay {free} libres. Libera espacio o elige un modelo más pequeño.</translation>
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <source>Asking the model hub…</source>
            <translation>Preguntando al hub de modelos…</translation>
        </message>
        <message>
            <source>Checking what was already downloaded… {share}</source>
            <translation>Comprobando lo que ya se descargó… {share}</translation>
        </message>
        <message>
            <source>Verifying the file…</source>
            <translation>Verificando el archivo…</translation>
        </message>
        <message>
            <source>Downloaded and verified ✓</source>
            <translation>Descargado y verificado ✓</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <translation>{size}/s</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>quedan {time}</translation>
        </message>
        <message>
            <source>Download of {model}</source>
            <translation>Descarga de {model}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop downloading {model}</source>
            <translation>Detener la descarga de {model}</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove from this list (and delete what was downloaded of an unfinished file)</source>
            <translation>Quitar de esta lista (y borrar lo descargado de un archivo sin terminar)</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>No data for {seconds} s · retrying</source>
            <translation>Sin datos desde hace {seconds} s · reintentando</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Descargas</translation>
        </message>
        <message>
            <source>Stopped at {share}: press Continue to finish it.</source>
            <translation>Detenida en {share}: pulsa Continuar para terminarla.</translation>
        </message>
        <message>
            <source>Waiting for the download before it…</source>
            <translation>Esperando a la descarga anterior…</translation>
        </message>
        <message>
            <source>Stopped before it began.</source>
            <translation>Detenida antes de empezar.</translation>
        </message>
        <message>
            <source>Stopped. Press Continue to go on from where it stopped.</source>
            <translation>Detenida. Pulsa Continuar para seguir desde donde se detuvo.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>There is no reply to write again yet.</source>
            <translation>Aún no hay ninguna respuesta que volver a generar.</translation>
        </message>
        <message>
            <source>Only your own messages in this chat can be edited.</source>
            <translation>Solo puedes editar tus propios mensajes de este chat.</translation>
        </message>
        <message>
            <source>There is no reply to continue.</source>
            <translation>No hay ninguna respuesta que continuar.</translation>
        </message>
        <message>
            <source>No model is loaded. Choose a model first.</source>
            <translation>No hay ningún modelo cargado. Primero elige un modelo.</translation>
        </message>
        <message>
            <source>another ShortChat (or another program) kept the chat history busy for over {seconds} s</source>
            <translation>otro ShortChat (u otro programa) mantuvo ocupado el historial de chats durante más de {seconds} s</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the chat history's folder cannot be written</source>
            <translation>no se puede escribir en la carpeta del historial de chats</translation>
        </message>
        <message>
            <source>the disk could not be written or read (a disk error)</source>
            <translation>no se pudo leer ni escribir en el disco (error de disco)</translation>
        </message>
        <message>
            <source>the chat history file is damaged (ShortChat repairs it when it starts next)</source>
            <translation>el archivo del historial de chats está dañado (ShortChat lo reparará la próxima vez que se inicie)</translation>
        </message>
        <message>
            <source>the chat history refused it ({why})</source>
            <translation>el historial de chats rechazó la operación ({why})</translation>
        </message>
        <message>
            <source>The chat history's folder cannot be created ({why}).</source>
            <translation>No se puede crear la carpeta del historial de chats ({why}).</translation>
        </message>
        <message>
            <source>The chat history could not be opened: {why}.</source>
            <translation>No se pudo abrir el historial de chats: {why}.</translation>
        </message>
        <message>
            <source>The chat history was written by a newer ShortChat. Update ShortChat to open it (nothing was changed).</source>
            <translation>El historial de chats lo guardó una versión más reciente de ShortChat. Actualiza ShortChat para abrirlo (no se ha modificado nada).</translation>
        </message>
        <message>
            <source>The chat history file was damaged. {saved} of {total} messages were recovered into a new file; the damaged one was kept as {name}.</source>
            <translation>El archivo del historial de chats estaba dañado. Se recuperaron {saved} de {total} mensajes en un archivo nuevo; el dañado se conservó como {name}.</translation>
        </message>
        <message>
            <source>The chat history file could not be read ({why}); it was kept as {name} and a new one started.</source>
            <translation>No se pudo leer el archivo del historial de chats ({why}); se conservó como {name} y se empezó uno nuevo.</translation>
        </message>
        <message>
            <source>This was not saved: {why}. Try again in a moment.</source>
            <translation>No se pudo guardar: {why}. Vuelve a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>That chat no longer exists.</source>
            <translation>Ese chat ya no existe.</translation>
        </message>
        <message>
            <source>That message could not be read.</source>
            <translation>No se pudo leer ese mensaje.</translation>
        </message>
        <message>
            <source>A damaged message was set aside ({why}); the rest of the chat is shown.</source>
            <translation>Se apartó un mensaje dañado ({why}); se muestra el resto del chat.</translation>
        </message>
        <message>
            <source>Until that is fixed, new chats are kept only while ShortChat is open.</source>
            <translation>Hasta que se solucione el problema, los chats nuevos solo se conservan mientras ShortChat esté abierto.</translation>
        </message>
        <message>
            <source>Your earlier chat is shown, but changes to it are not kept.</source>
            <translation>Se muestra tu chat anterior, pero los cambios que hagas en él no se guardarán.</translation>
        </message>
        <message>
            <source>Your {count} earlier chats are shown, but changes to them are not kept.</source>
            <translation>Se muestran tus {count} chats anteriores, pero los cambios que hagas en ellos no se guardarán.</translation>
        </message>
        <message>
            <source>llama.cpp crashed (segmentation fault)</source>
            <translation>llama.cpp falló (error de segmentación)</translation>
        </message>
        <message>
            <source>llama.cpp could not read the model file any more (was it moved or changed?)</source>
            <translation>llama.cpp ya no pudo leer el archivo del modelo (¿se movió o se modificó?)</translation>
        </message>
        <message>
            <source>llama.cpp crashed on bad numbers in the model file</source>
            <translation>llama.cpp falló por números no válidos en el archivo del modelo</translation>
        </message>
        <message>
            <source>llama.cpp used a processor instruction this computer does not have</source>
            <translation>llama.cpp usó una instrucción del procesador que este ordenador no tiene</translation>
        </message>
        <message>
            <source>llama.cpp stopped itself</source>
            <translation>llama.cpp se detuvo por su cuenta</translation>
        </message>
        <message>
            <source>it was asked to stop by another program</source>
            <translation>otro programa le pidió que se detuviera</translation>
        </message>
        <message>
            <source>it was stopped by the system because the computer ran out of memory</source>
            <translation>el sistema lo detuvo porque el ordenador se quedó sin memoria</translation>
        </message>
        <message>
            <source>it was stopped by the system or by another program</source>
            <translation>lo detuvo el sistema u otro programa</translation>
        </message>
        <message>
            <source>it stopped responding, so ShortChat ended it</source>
            <translation>dejó de responder, así que ShortChat lo cerró</translation>
        </message>
        <message>
            <source>it could not get enough memory</source>
            <translation>no pudo obtener suficiente memoria</translation>
        </message>
        <message>
            <source>an internal check failed</source>
            <translation>falló una comprobación interna</translation>
        </message>
        <message>
            <source>The model stopped unexpectedly: {reason}. Your conversation is safe; load the model again to continue.</source>
            <translation>El modelo se detuvo inesperadamente: {reason}. Tu chat está a salvo; vuelve a cargar el modelo para continuar.</translation>
        </message>
        <message>
            <source>it was ended by {signal}</source>
            <translation>se cerró al recibir {signal}</translation>
        </message>
        <message>
            <source>it stopped responding</source>
            <translation>dejó de responder</translation>
        </message>
        <message>
            <source>it exited with code {code}</source>
            <translation>terminó con el código {code}</translation>
        </message>
        <message>
            <source>{reason} ({cause})</source>
            <translation>{reason} ({cause})</translation>
        </message>
        <message>
            <source>{name} did not fit in this computer's memory: {reason}.</source>
            <translation>{name} no cupo en la memoria de este ordenador: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be loaded: {reason}. The file may be damaged, or too large for this computer.</source>
            <translation>No se pudo cargar {name}: {reason}. Puede que el archivo esté dañado o que sea demasiado grande para este ordenador.</translation>
        </message>
        <message>
            <source>The model is still busy with the previous request.</source>
            <translation>El modelo todavía está ocupado con la petición anterior.</translation>
        </message>
        <message>
            <source>Stopped because ShortChat is closing.</source>
            <translation>Se detuvo porque ShortChat se está cerrando.</translation>
        </message>
        <message>
            <source>There was not enough memory to finish this. Close other programs, or choose a smaller model.</source>
            <translation>No había memoria suficiente para terminar. Cierra otros programas o elige un modelo más pequeño.</translation>
        </message>
        <message>
            <source>Something went wrong inside llama.cpp while it was working; the details are in the log ({log}).</source>
            <translation>Algo falló dentro de llama.cpp mientras trabajaba; los detalles están en el registro ({log}).</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model, which this version of ShortChat cannot run.</source>
            <translation>{name} es un modelo «{arch}», que esta versión de ShortChat no puede ejecutar.</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged. If you downloaded it, download it again.</source>
            <translation>{name} está incompleto o dañado. Si lo descargaste, vuelve a descargarlo.</translation>
        </message>
        <message>
            <source>There is not enough memory to load {name}. Close other programs or choose a smaller model.</source>
            <translation>No hay memoria suficiente para cargar {name}. Cierra otros programas o elige un modelo más pequeño.</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program (llama.cpp said: {cause}).</source>
            <translation>No se pudo cargar {name}: puede que esté dañado o que sea para otro programa (llama.cpp dijo: {cause}).</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program.</source>
            <translation>No se pudo cargar {name}: puede que esté dañado o que sea para otro programa.</translation>
        </message>
        <message>
            <source>llama.cpp found no way to run models on this computer (no CPU backend was found).</source>
            <translation>llama.cpp no encontró ninguna forma de ejecutar modelos en este ordenador (no se encontró ningún backend de CPU).</translation>
        </message>
        <message>
            <source>The reply length ({reply_tokens} tokens) leaves no room in the model's context of {n_ctx} tokens. Choose a shorter reply length.</source>
            <translation>La longitud máxima de respuesta ({reply_tokens} tokens) no deja sitio en la memoria del chat, que es de {n_ctx} tokens. Elige una longitud más corta.</translation>
        </message>
        <message>
            <source>This message is too long for the model: with the instructions it needs {count} tokens, but only {budget} fit beside a reply of {reply_tokens} tokens. Shorten the message, or choose a longer context or a shorter reply in the settings.</source>
            <translation>Este mensaje es demasiado largo para el modelo: con las instrucciones necesita {count} tokens, pero junto a una respuesta de {reply_tokens} tokens solo caben {budget}. Acorta el mensaje o elige en los ajustes una memoria del chat más larga o una respuesta más corta.</translation>
        </message>
        <message>
            <source>Refused to download a file with an unsafe name: {name}.</source>
            <translation>Se rechazó la descarga de un archivo con un nombre no seguro: {name}.</translation>
        </message>
        <message>
            <source>{file} is not (or no longer) published in {repo}.</source>
            <translation>{file} no está publicado en {repo} (o ya no lo está).</translation>
        </message>
        <message>
            <source>The hub gives no checksum for {file}, so it cannot be verified.</source>
            <translation>El hub no ofrece ninguna suma de comprobación para {file}, así que no se puede verificar.</translation>
        </message>
        <message>
            <source>{repo} is not published on the model hub.</source>
            <translation>{repo} no está publicado en el hub de modelos.</translation>
        </message>
        <message>
            <source>The model hub gave an answer ShortChat does not understand ({why}).</source>
            <translation>El hub de modelos dio una respuesta que ShortChat no entiende ({why}).</translation>
        </message>
        <message>
            <source>Stopped waiting; the other ShortChat is still downloading {name}.</source>
            <translation>Espera cancelada: el otro ShortChat sigue descargando {name}.</translation>
        </message>
        <message>
            <source>The download was stopped. It will continue from here next time.</source>
            <translation>La descarga se detuvo. La próxima vez seguirá desde aquí.</translation>
        </message>
        <message>
            <source>The download of {file} failed: {why}</source>
            <translation>Falló la descarga de {file}: {why}</translation>
        </message>
        <message>
            <source>{file} changed on the model hub while it was downloading. Try again to download the new version.</source>
            <translation>{file} cambió en el hub de modelos durante la descarga. Vuelve a intentarlo para descargar la versión nueva.</translation>
        </message>
        <message>
            <source>The download was stopped while its file was being checked.</source>
            <translation>La descarga se detuvo mientras se comprobaba el archivo.</translation>
        </message>
        <message>
            <source>context length</source>
            <translation>longitud de contexto</translation>
        </message>
        <message>
            <source>layer count</source>
            <translation>número de capas</translation>
        </message>
        <message>
            <source>embedding size</source>
            <translation>tamaño de embedding</translation>
        </message>
        <message>
            <source>attention head count</source>
            <translation>número de cabezas de atención</translation>
        </message>
        <message>
            <source>feed-forward size</source>
            <translation>tamaño de la capa feed-forward</translation>
        </message>
        <message>
            <source>file type</source>
            <translation>tipo de archivo</translation>
        </message>
        <message>
            <source>alignment</source>
            <translation>alineación</translation>
        </message>
        <message>
            <source>it does not say what kind of model it is</source>
            <translation>no indica qué tipo de modelo es</translation>
        </message>
        <message>
            <source>its {words} is {value}, which no model has</source>
            <translation>su {words} es {value}, un valor que ningún modelo tiene</translation>
        </message>
        <message>
            <source>its vocabulary is empty or impossibly large</source>
            <translation>su vocabulario está vacío o tiene un tamaño imposible</translation>
        </message>
        <message>
            <source>it ends too early</source>
            <translation>termina antes de lo esperado</translation>
        </message>
        <message>
            <source>a text field has an impossible length</source>
            <translation>un campo de texto tiene una longitud imposible</translation>
        </message>
        <message>
            <source>an array has an impossible length</source>
            <translation>una lista tiene una longitud imposible</translation>
        </message>
        <message>
            <source>an array has an unknown element type {element_type}</source>
            <translation>una lista tiene un tipo de elemento desconocido: {element_type}</translation>
        </message>
        <message>
            <source>a value has an unknown type {value_type}</source>
            <translation>un valor tiene un tipo desconocido: {value_type}</translation>
        </message>
        <message>
            <source>a tensor has too many dimensions</source>
            <translation>un tensor tiene demasiadas dimensiones</translation>
        </message>
        <message>
            <source>a tensor has a size of zero</source>
            <translation>un tensor tiene tamaño cero</translation>
        </message>
        <message>
            <source>a tensor's data is misplaced</source>
            <translation>los datos de un tensor están mal ubicados</translation>
        </message>
        <message>
            <source>a tensor's size does not match its type</source>
            <translation>el tamaño de un tensor no corresponde a su tipo</translation>
        </message>
        <message>
            <source>{name} is a link to a file that is not there.</source>
            <translation>{name} es un enlace a un archivo que no existe.</translation>
        </message>
        <message>
            <source>There is no model file at {path}.</source>
            <translation>No hay ningún archivo de modelo en {path}.</translation>
        </message>
        <message>
            <source>{name} is a link that leads nowhere (it loops back on itself).</source>
            <translation>{name} es un enlace que no lleva a ninguna parte (forma un bucle sobre sí mismo).</translation>
        </message>
        <message>
            <source>{name} could not be read: {why}.</source>
            <translation>No se pudo leer {name}: {why}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a model file.</source>
            <translation>{path} es una carpeta, no un archivo de modelo.</translation>
        </message>
        <message>
            <source>{name} is not a regular file (it is a pipe, a device or a socket), so it is no model.</source>
            <translation>{name} no es un archivo normal (es una tubería, un dispositivo o un socket), así que no es un modelo.</translation>
        </message>
        <message>
            <source>{name} is not a regular file, so it is no model.</source>
            <translation>{name} no es un archivo normal, así que no es un modelo.</translation>
        </message>
        <message>
            <source>{name} uses the old GGML format, which llama.cpp no longer reads. Download the GGUF version of this model instead.</source>
            <translation>{name} usa el antiguo formato GGML, que llama.cpp ya no lee. Descarga en su lugar la versión GGUF de este modelo.</translation>
        </message>
        <message>
            <source>{name} is not a GGUF model file. ShortChat runs models in the GGUF format (files ending in .gguf).</source>
            <translation>{name} no es un archivo de modelo GGUF. ShortChat ejecuta modelos en formato GGUF (archivos que terminan en .gguf).</translation>
        </message>
        <message>
            <source>{name} is GGUF version {version}, which this version of ShortChat cannot read.</source>
            <translation>{name} usa la versión {version} de GGUF, que esta versión de ShortChat no puede leer.</translation>
        </message>
        <message>
            <source>its header counts are impossible</source>
            <translation>su cabecera indica cantidades imposibles</translation>
        </message>
        <message>
            <source>a metadata key is empty</source>
            <translation>una clave de metadatos está vacía</translation>
        </message>
        <message>
            <source>a metadata key appears twice</source>
            <translation>una clave de metadatos aparece dos veces</translation>
        </message>
        <message>
            <source>ShortChat is not allowed to read {name}.</source>
            <translation>ShortChat no tiene permiso para leer {name}.</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete ({why}). If you downloaded it, download it again.</source>
            <translation>{name} está dañado o incompleto ({why}). Si lo descargaste, vuelve a descargarlo.</translation>
        </message>
        <message>
            <source>{name} is damaged ({why}). If you downloaded it, download it again.</source>
            <translation>{name} está dañado ({why}). Si lo descargaste, vuelve a descargarlo.</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged: it is {size} bytes long, but its model weights need {needed}. If you downloaded it, download it again; if you copied it, copy it again.</source>
            <translation>{name} está incompleto o dañado: ocupa {size} bytes, pero los pesos del modelo necesitan {needed}. Si lo descargaste, vuelve a descargarlo; si lo copiaste, vuelve a copiarlo.</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model (used for images or search), not a chat model.</source>
            <translation>{name} es un modelo «{arch}» (para imágenes o búsquedas), no un modelo de chat.</translation>
        </message>
        <message>
            <source>{name} holds no model weights (it has no tensors).</source>
            <translation>{name} no contiene pesos de modelo (no tiene tensores).</translation>
        </message>
        <message>
            <source>There is no model called {name}. `shortchat list` shows the models you have.</source>
            <translation>No hay ningún modelo llamado {name}. `shortchat list` muestra los modelos que tienes.</translation>
        </message>
        <message>
            <source>A model called {name} is already in the models folder.</source>
            <translation>Ya hay un modelo llamado {name} en la carpeta de modelos.</translation>
        </message>
        <message>
            <source>Not enough disk space to copy {name}; add it as a link instead.</source>
            <translation>No hay espacio en disco suficiente para copiar {name}; añádelo como enlace.</translation>
        </message>
        <message>
            <source>This computer has no keychain, so API keys are kept only until ShortChat closes.</source>
            <translation>Este ordenador no tiene llavero, así que las claves de API solo se guardan hasta que se cierre ShortChat.</translation>
        </message>
        <message>
            <source>The connection to {computer} was cut off in the middle of the reply.</source>
            <translation>La conexión con {computer} se cortó en mitad de la respuesta.</translation>
        </message>
        <message>
            <source>The server at {computer} no longer offers {model_name}.</source>
            <translation>El servidor de {computer} ya no ofrece {model_name}.</translation>
        </message>
        <message>
            <source>The model at {computer} has no end-of-reply token ShortChat can use.</source>
            <translation>El modelo de {computer} no tiene ningún token de fin de respuesta que ShortChat pueda usar.</translation>
        </message>
        <message>
            <source>No model is chosen. Choose a model first.</source>
            <translation>No has elegido ningún modelo. Primero elige uno.</translation>
        </message>
        <message>
            <source>The Ollama server said: {error}</source>
            <translation>El servidor de Ollama respondió: {error}</translation>
        </message>
        <message>
            <source>Give the server's address, like http://192.168.1.20:8080.</source>
            <translation>Escribe la dirección del servidor, por ejemplo http://192.168.1.20:8080.</translation>
        </message>
        <message>
            <source>“{url}” is not a server address; give one like http://192.168.1.20:8080.</source>
            <translation>«{url}» no es una dirección de servidor; escribe una como http://192.168.1.20:8080.</translation>
        </message>
        <message>
            <source>The server at {computer} refused the API key; check the key in the settings.</source>
            <translation>El servidor de {computer} rechazó la clave de API; revísala en los ajustes.</translation>
        </message>
        <message>
            <source>The server at {computer} is still loading its model; try again in a moment.</source>
            <translation>El servidor de {computer} todavía está cargando su modelo; inténtalo de nuevo en un momento.</translation>
        </message>
        <message>
            <source>The server at {computer} does not offer this (wrong address or model name).</source>
            <translation>El servidor de {computer} no ofrece esto (la dirección o el nombre del modelo no son correctos).</translation>
        </message>
        <message>
            <source>The server at {computer} answered with an error (HTTP {status}).</source>
            <translation>El servidor de {computer} respondió con un error (HTTP {status}).</translation>
        </message>
        <message>
            <source>The secure connection to {computer} failed: its certificate is not trusted by this computer.</source>
            <translation>Falló la conexión segura con {computer}: este ordenador no confía en su certificado.</translation>
        </message>
        <message>
            <source>The server at {computer} did not answer in time.</source>
            <translation>El servidor de {computer} no respondió a tiempo.</translation>
        </message>
        <message>
            <source>Cannot reach the server at {computer}: is it running, and is the address right?</source>
            <translation>No se puede conectar con el servidor de {computer}: ¿está en marcha y es correcta la dirección?</translation>
        </message>
        <message>
            <source>The server at {computer} could not be used ({kind}).</source>
            <translation>No se pudo usar el servidor de {computer} ({kind}).</translation>
        </message>
        <message>
            <source>The server at {computer} is not one ShortChat can talk to.</source>
            <translation>El servidor de {computer} no es de un tipo con el que ShortChat pueda comunicarse.</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used for now.</source>
            <translation>No se pudo leer el archivo de ajustes ({why}); por ahora se usan los valores predeterminados.</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used (the old file: {kept}).</source>
            <translation>No se pudo leer el archivo de ajustes ({why}); se usan los valores predeterminados (el archivo antiguo: {kept}).</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used.</source>
            <translation>No se pudo leer el archivo de ajustes ({why}); se usan los valores predeterminados.</translation>
        </message>
        <message>
            <source>The setting {name} had a value ShortChat cannot use; it is back to its default.</source>
            <translation>El ajuste {name} tenía un valor que ShortChat no puede usar; ha vuelto a su valor predeterminado.</translation>
        </message>
        <message>
            <source>The settings could not be saved in {parent} ({why}); they stay as they are until ShortChat closes.</source>
            <translation>No se pudieron guardar los ajustes en {parent} ({why}); se mantienen tal como están hasta que se cierre ShortChat.</translation>
        </message>
    </context>
    <context>
        <name>ExampleQuestions</name>
        <message>
            <source>Example questions</source>
            <translation>Preguntas de ejemplo</translation>
        </message>
        <message>
            <source>Not sure where to start? Try one of these:</source>
            <translation>¿No sabes por dónde empezar? Prueba una de estas:</translation>
        </message>
        <message>
            <source>These models answer best in English; questions in other languages get weaker replies.</source>
            <translation>Estos modelos responden mejor en inglés; las preguntas en otros idiomas reciben respuestas más flojas.</translation>
        </message>
        <message>
            <source>Ask this question</source>
            <translation>Hacer esta pregunta</translation>
        </message>
        <message>
            <source>Ask: {question}</source>
            <translation>Preguntar: {question}</translation>
        </message>
    </context>
    <context>
        <name>Fit</name>
        <message>
            <source>Fits easily</source>
            <translation>Cabe con holgura</translation>
        </message>
        <message>
            <source>Fits, but close the other programs</source>
            <translation>Cabe, pero cierra los demás programas</translation>
        </message>
        <message>
            <source>Too big for this computer</source>
            <translation>Demasiado grande para este ordenador</translation>
        </message>
        <message>
            <source>needs {size} of memory</source>
            <translation>necesita {size} de memoria</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>necesita unos {size} de memoria</translation>
        </message>
        <message>
            <source> and {size} on the GPU ({layers} layers)</source>
            <translation> y {size} en la GPU ({layers} capas)</translation>
        </message>
        <message>
            <source>; {free} of {total} is free</source>
            <translation>; {free} libres de {total}</translation>
        </message>
        <message>
            <source>Not published on the model hub yet</source>
            <translation>Aún no publicado en el hub de modelos</translation>
        </message>
        <message>
            <source> (not checked with the hub)</source>
            <translation> (sin comprobar con el hub)</translation>
        </message>
        <message>
            <source>Best quality that fits your {memory}: the {model} model at {quant}.</source>
            <translation>La mejor calidad que cabe en tus {memory}: el modelo {model} en {quant}.</translation>
        </message>
        <message>
            <source>Best quality that fits</source>
            <translation>La mejor calidad que cabe</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Equilibrado</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: good answers, quick to reply.</source>
            <translation>El modelo {model} en {quant}: buenas respuestas, rápido en contestar.</translation>
        </message>
        <message>
            <source>Smallest and fastest</source>
            <translation>El más pequeño y rápido</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: the least memory and the quickest download ({size}), with simpler answers.</source>
            <translation>El modelo {model} en {quant}: la menor memoria y la descarga más rápida ({size}), con respuestas más sencillas.</translation>
        </message>
    </context>
    <context>
        <name>FitTable</name>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Quality level</source>
            <translation>Nivel de calidad</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <source>Memory needed</source>
            <translation>Memoria necesaria</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Descarga</translation>
        </message>
        <message>
            <source>Longest chat</source>
            <translation>Chat más largo</translation>
        </message>
        <message>
            <source>Quality lost</source>
            <translation>Calidad perdida</translation>
        </message>
        <message>
            <source>How many billion parameters the model has: bigger models know more and need more memory.</source>
            <translation>Cuántos miles de millones de parámetros tiene el modelo: los modelos más grandes saben más y necesitan más memoria.</translation>
        </message>
        <message>
            <source>Called the “quant” (e.g. Q4_K_M): how finely the model's numbers are stored. Higher levels (Q8_0) are closer to the original and need more memory; Q4_K_M is a good balance.</source>
            <translation>También llamado “quant” (p. ej., Q4_K_M): la precisión con que se guardan los números del modelo. Los niveles más altos (Q8_0) se parecen más al original y necesitan más memoria; Q4_K_M es un buen equilibrio.</translation>
        </message>
        <message>
            <source>How much worse than the original the answers get at this quality level (lower is better).</source>
            <translation>Cuánto empeoran las respuestas respecto al original en este nivel de calidad (cuanto menos, mejor).</translation>
        </message>
        <message>
            <source>The longest chat the model can see at once and still fit easily (a token is about ¾ of a word)</source>
            <translation>El chat más largo que el modelo puede ver de una vez y que aún cabe holgadamente (un token es unos ¾ de palabra)</translation>
        </message>
        <message>
            <source>How fast it writes here: estimated from this computer's memory speed, or measured once the model has been used (a word is about 1.3 tokens)</source>
            <translation>Lo rápido que escribe aquí: estimado a partir de la velocidad de memoria de este ordenador, o medido una vez usado el modelo (una palabra son unos 1,3 tokens)</translation>
        </message>
        <message>
            <source>{size}, measured</source>
            <translation>{size}, medido</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>unos {size}</translation>
        </message>
        <message>
            <source>almost none</source>
            <translation>casi nada</translation>
        </message>
        <message>
            <source>very little</source>
            <translation>muy poca</translation>
        </message>
        <message>
            <source>a little</source>
            <translation>un poco</translation>
        </message>
        <message>
            <source>noticeable</source>
            <translation>apreciable</translation>
        </message>
        <message>
            <source>a lot</source>
            <translation>mucha</translation>
        </message>
        <message>
            <source>Every size and quality level</source>
            <translation>Todos los tamaños y niveles de calidad</translation>
        </message>
        <message>
            <source>★ Recommended · {verdict}</source>
            <translation>★ Recomendado · {verdict}</translation>
        </message>
        <message>
            <source>~{size}</source>
            <translation>~{size}</translation>
        </message>
        <message>
            <source>{count} tokens</source>
            <translation>{count} tokens</translation>
        </message>
        <message>
            <source>The model's makers have not published this one on the hub.</source>
            <translation>Los creadores del modelo no han publicado este archivo en el hub.</translation>
        </message>
        <message>
            <source>(measured on this computer)</source>
            <translation>(medido en este ordenador)</translation>
        </message>
    </context>
    <context>
        <name>HubStatus</name>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Ask the model hub again which models are available</source>
            <translation>Volver a preguntar al hub de modelos qué modelos hay</translation>
        </message>
    </context>
    <context>
        <name>InstalledModels</name>
        <message>
            <source> · added from disk</source>
            <translation> · añadido desde el disco</translation>
        </message>
        <message>
            <source>measured here: needs {size}, writes {speed}</source>
            <translation>medido aquí: necesita {size}, escribe {speed}</translation>
        </message>
        <message>
            <source>measured the first time it is used</source>
            <translation>se mide la primera vez que se usa</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>En uso</translation>
        </message>
        <message>
            <source>The chat uses this model now</source>
            <translation>El chat usa ahora este modelo</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Usar</translation>
        </message>
        <message>
            <source>Chat with {model}</source>
            <translation>Chatear con {model}</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>Usar {model}</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Delete {model}</source>
            <translation>Eliminar {model}</translation>
        </message>
        <message>
            <source>&lt;b&gt;On this computer&lt;/b&gt;</source>
            <translation>&lt;b&gt;En este ordenador&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Compare two models…</source>
            <translation>Comparar dos modelos…</translation>
        </message>
        <message>
            <source>Ask two of your models the same question and see both answers side by side</source>
            <translation>Hacer la misma pregunta a dos de tus modelos y ver ambas respuestas una junto a otra</translation>
        </message>
        <message>
            <source>Models on this computer</source>
            <translation>Modelos en este ordenador</translation>
        </message>
    </context>
    <context>
        <name>LoadPlan</name>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} the models were trained on: late in a long chat the replies may stop making sense.</source>
            <translation>La memoria del chat está configurada en {count} tokens, más que los {trained} con los que se entrenaron los modelos: cuando el chat se alargue, las respuestas pueden dejar de tener sentido.</translation>
        </message>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} this model was trained on: late in a long chat the replies may stop making sense.</source>
            <translation>La memoria del chat está configurada en {count} tokens, más que los {trained} con los que se entrenó este modelo: cuando el chat se alargue, las respuestas pueden dejar de tener sentido.</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat keeps this chat's memory in a compact form so it fits ({saved} less; replies come slower late in a long chat).</source>
            <translation>{model} necesita unos {size} de memoria para guardar {count} tokens de chat, más de lo que este ordenador tiene disponible, así que ShortChat guarda la memoria de este chat en formato compacto para que quepa ({saved} menos; las respuestas llegan más despacio cuando el chat se alarga).</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat works through this chat's memory in a leaner way so it fits ({saved} less; replies come a little slower late in a long chat).</source>
            <translation>{model} necesita unos {size} de memoria para guardar {count} tokens de chat, más de lo que este ordenador tiene disponible, así que ShortChat gestiona la memoria de este chat de una forma más ligera para que quepa ({saved} menos; las respuestas llegan algo más despacio cuando el chat se alarga).</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory, more than this computer can spare.</source>
            <translation>{model} necesita unos {size} de memoria, más de lo que este ordenador tiene disponible.</translation>
        </message>
        <message>
            <source>{model} did not fit when loading.</source>
            <translation>{model} no cupo en la memoria al cargarlo.</translation>
        </message>
        <message>
            <source>ShortChat is loading it as asked.</source>
            <translation>ShortChat lo carga tal como se pidió.</translation>
        </message>
        <message>
            <source>ShortChat is loading it with {count} of its layers on the graphics card and the rest on the processor.</source>
            <translation>ShortChat lo carga con {count} de sus capas en la tarjeta gráfica y el resto en el procesador.</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only (slower).</source>
            <translation>ShortChat lo carga solo en el procesador (más lento).</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights and with this chat's memory in a compact form (about a third slower, {saved} less at its peak).</source>
            <translation>ShortChat lo carga sin la copia de los pesos que lo hace más rápido y con la memoria de este chat en formato compacto (alrededor de un tercio más lento, {saved} menos en el pico de uso).</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights (about a third slower, {saved} less at its peak).</source>
            <translation>ShortChat lo carga sin la copia de los pesos que lo hace más rápido (alrededor de un tercio más lento, {saved} menos en el pico de uso).</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller file of the same model, {saved} less memory).</source>
            <translation>En su lugar, ShortChat carga {model} (un archivo más pequeño del mismo modelo, {saved} menos de memoria).</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller model, {saved} less memory).</source>
            <translation>En su lugar, ShortChat carga {model} (un modelo más pequeño, {saved} menos de memoria).</translation>
        </message>
        <message>
            <source>It is loaded without its speed-up copy of the weights (about a third slower).</source>
            <translation>Se carga sin la copia de los pesos que lo hace más rápido (alrededor de un tercio más lento).</translation>
        </message>
        <message>
            <source>This chat's memory is kept in a compact form (slower late in a long chat).</source>
            <translation>La memoria de este chat se guarda en formato compacto (más lento cuando el chat se alarga).</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>ShortChat lo carga solo en el procesador, con la memoria de este chat en formato compacto ({saved} menos de memoria, más lento cuando el chat se alarga).</translation>
        </message>
        <message>
            <source>ShortChat is loading it with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>ShortChat lo carga con la memoria de este chat en formato compacto ({saved} menos de memoria, más lento cuando el chat se alarga).</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>ShortChat lo carga solo en el procesador y gestiona la memoria de este chat de una forma más ligera ({saved} menos de memoria, algo más lento cuando el chat se alarga).</translation>
        </message>
        <message>
            <source>ShortChat is loading it working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>ShortChat lo carga y gestiona la memoria de este chat de una forma más ligera ({saved} menos de memoria, algo más lento cuando el chat se alarga).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Downloads</source>
            <translation>Descargas</translation>
        </message>
        <message>
            <source>Text size {size} %</source>
            <translation>Tamaño del texto {size} %</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Primero elige un modelo.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Deshacer (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Chat deleted ·</source>
            <translation>Chat eliminado ·</translation>
        </message>
        <message>
            <source>The model will use the new settings the next time it loads.</source>
            <translation>El modelo usará los ajustes nuevos la próxima vez que se cargue.</translation>
        </message>
        <message>
            <source>Add a model file</source>
            <translation>Añadir un archivo de modelo</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>Modelos GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>This file cannot be used</source>
            <translation>Este archivo no se puede usar</translation>
        </message>
        <message>
            <source>That model is in use; wait for the reply to end.</source>
            <translation>Ese modelo está en uso; espera a que termine la respuesta.</translation>
        </message>
        <message>
            <source>Comparing needs two downloaded models; “Choose a model” gets another one.</source>
            <translation>Para comparar hacen falta dos modelos descargados; «Elegir un modelo» consigue otro.</translation>
        </message>
        <message>
            <source>Wait for the reply (or stop it) first.</source>
            <translation>Primero espera la respuesta (o detenla).</translation>
        </message>
    </context>
    <context>
        <name>Markdown</name>
        <message>
            <source>Copy code</source>
            <translation>Copiar código</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Choose a model…</source>
            <translation>&amp;Elegir un modelo…</translation>
        </message>
        <message>
            <source>&amp;Add a model file…</source>
            <translation>Añadir un archivo de &amp;modelo…</translation>
        </message>
        <message>
            <source>Open the models &amp;folder</source>
            <translation>Abrir la &amp;carpeta de modelos</translation>
        </message>
        <message>
            <source>&amp;Export this chat…</source>
            <translation>E&amp;xportar este chat…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>A&amp;justes…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;Chat</translation>
        </message>
        <message>
            <source>&amp;New chat</source>
            <translation>Chat &amp;nuevo</translation>
        </message>
        <message>
            <source>&amp;Find in all chats…</source>
            <translation>&amp;Buscar en todos los chats…</translation>
        </message>
        <message>
            <source>&amp;Stop the reply</source>
            <translation>&amp;Detener la respuesta</translation>
        </message>
        <message>
            <source>&amp;Regenerate</source>
            <translation>&amp;Volver a generar</translation>
        </message>
        <message>
            <source>C&amp;ontinue the reply</source>
            <translation>C&amp;ontinuar la respuesta</translation>
        </message>
        <message>
            <source>&amp;Copy the last reply</source>
            <translation>&amp;Copiar la última respuesta</translation>
        </message>
        <message>
            <source>Copy the &amp;whole chat</source>
            <translation>Copiar el chat en&amp;tero</translation>
        </message>
        <message>
            <source>&amp;Instructions for this chat…</source>
            <translation>&amp;Instrucciones para este chat…</translation>
        </message>
        <message>
            <source>Rena&amp;me this chat…</source>
            <translation>Cambiar el no&amp;mbre de este chat…</translation>
        </message>
        <message>
            <source>&amp;Delete this chat</source>
            <translation>&amp;Eliminar este chat</translation>
        </message>
        <message>
            <source>Compare &amp;two models…</source>
            <translation>Com&amp;parar dos modelos…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texto más &amp;pequeño</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>Tamaño de texto &amp;normal</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;Acerca de {app}</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Descargas</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
    </context>
    <context>
        <name>Message</name>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy this message</source>
            <translation>Copiar este mensaje</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Change this question and ask it again</source>
            <translation>Cambiar esta pregunta y volver a hacerla</translation>
        </message>
        <message>
            <source>The version before</source>
            <translation>La versión anterior</translation>
        </message>
        <message>
            <source>The version after</source>
            <translation>La versión siguiente</translation>
        </message>
    </context>
    <context>
        <name>MessageBoxes</name>
        <message>
            <source>The models' licence</source>
            <translation>La licencia de los modelos</translation>
        </message>
        <message>
            <source>The Shortened LLaMA models are for non-commercial use only.</source>
            <translation>Los modelos Shortened LLaMA son solo para uso no comercial.</translation>
        </message>
        <message>
            <source>Nota AI made them from Vicuna v1.3, whose licence allows research and personal use, not use in a business. By downloading one you agree to that. (Help → About ShortChat shows all the licences.)</source>
            <translation>Nota AI los creó a partir de Vicuna v1.3, cuya licencia permite la investigación y el uso personal, pero no el uso en una empresa. Al descargar uno aceptas esas condiciones. (Ayuda → Acerca de ShortChat muestra todas las licencias.)</translation>
        </message>
        <message>
            <source>I agree, download</source>
            <translation>Acepto, descargar</translation>
        </message>
        <message>
            <source>This model is too big</source>
            <translation>Este modelo es demasiado grande</translation>
        </message>
        <message>
            <source>{model} needs about {needed} of memory, but this computer has {total} in all and {free} free, and none of your other models fits either.</source>
            <translation>{model} necesita unos {needed} de memoria, pero este ordenador tiene {total} en total y {free} libres, y tampoco cabe ninguno de tus otros modelos.</translation>
        </message>
        <message>
            <source>Loading it could make the whole computer very slow until ShortChat is closed.</source>
            <translation>Cargarlo podría hacer que todo el ordenador vaya muy lento hasta que se cierre ShortChat.</translation>
        </message>
        <message>
            <source>The best one that fits is {model}.</source>
            <translation>El mejor que cabe es {model}.</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>Usar {model}</translation>
        </message>
        <message>
            <source>Load it anyway</source>
            <translation>Cargarlo de todos modos</translation>
        </message>
        <message>
            <source>Delete the model?</source>
            <translation>¿Eliminar el modelo?</translation>
        </message>
        <message>
            <source>Delete {model} ({size}) from this computer?</source>
            <translation>¿Eliminar {model} ({size}) de este ordenador?</translation>
        </message>
        <message>
            <source>A reply is still being written (what it has written so far is kept).</source>
            <translation>Todavía se está escribiendo una respuesta (lo escrito hasta ahora se conserva).</translation>
        </message>
        <message>
            <source>A download is running (it goes on from where it stopped the next time ShortChat starts).</source>
            <translation>Hay una descarga en curso (seguirá desde donde se detuvo la próxima vez que se inicie ShortChat).</translation>
        </message>
        <message>
            <source>Close ShortChat?</source>
            <translation>¿Cerrar ShortChat?</translation>
        </message>
    </context>
    <context>
        <name>MessageInput</name>
        <message>
            <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>Escribe un mensaje… (Intro envía, Mayús+Intro para una línea nueva)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. ShortChat is using {other} instead.</source>
            <translation>El modelo que usaste la última vez, {model}, ya no está en este ordenador. ShortChat usa {other} en su lugar.</translation>
        </message>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. Choose one to download below, or add a model file you have.</source>
            <translation>El modelo que usaste la última vez, {model}, ya no está en este ordenador. Elige abajo uno para descargar o añade un archivo de modelo que tengas.</translation>
        </message>
        <message>
            <source>Downloading {model}. You can keep chatting meanwhile.</source>
            <translation>Descargando {model}. Mientras tanto, puedes seguir chateando.</translation>
        </message>
        <message>
            <source>Downloading {model}.</source>
            <translation>Descargando {model}.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} with {gpu_free} free.</source>
            <translation>Este ordenador: {total} de memoria ({free} libres), {gpu} con {gpu_free} libres.</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} (not used by this version of ShortChat).</source>
            <translation>Este ordenador: {total} de memoria ({free} libres), {gpu} (esta versión de ShortChat no la usa).</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), no graphics card ShortChat can use.</source>
            <translation>Este ordenador: {total} de memoria ({free} libres), ninguna tarjeta gráfica que ShortChat pueda usar.</translation>
        </message>
        <message>
            <source>Choose a model</source>
            <translation>Elige un modelo</translation>
        </message>
        <message>
            <source>Looking at this computer…</source>
            <translation>Examinando este ordenador…</translation>
        </message>
        <message>
            <source>Simple</source>
            <translation>Sencillo</translation>
        </message>
        <message>
            <source>All sizes and quality levels</source>
            <translation>Todos los tamaños y niveles de calidad</translation>
        </message>
        <message>
            <source>Add a file from disk…</source>
            <translation>Añadir un archivo del disco…</translation>
        </message>
        <message>
            <source>Back to the chat</source>
            <translation>Volver al chat</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Descargar</translation>
        </message>
        <message>
            <source>chats up to {count} tokens</source>
            <translation>chats de hasta {count} tokens</translation>
        </message>
        <message>
            <source>no room for a chat</source>
            <translation>no hay sitio para un chat</translation>
        </message>
        <message>
            <source>measured on this computer</source>
            <translation>medido en este ordenador</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>estimado</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>En uso</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Usar este modelo</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Descargando…</translation>
        </message>
        <message>
            <source>Download (needs the internet)</source>
            <translation>Descargar (necesita internet)</translation>
        </message>
        <message>
            <source>Download ({size})</source>
            <translation>Descargar ({size})</translation>
        </message>
    </context>
    <context>
        <name>ModelSession</name>
        <message>
            <source>Loading {model}…</source>
            <translation>Cargando {model}…</translation>
        </message>
        <message>
            <source>Loading {model}… {percent} %</source>
            <translation>Cargando {model}… {percent} %</translation>
        </message>
        <message>
            <source>Loaded in {seconds} s, {count} tokens of context</source>
            <translation>Cargado en {seconds} s, memoria del chat de {count} tokens</translation>
        </message>
        <message>
            <source>Ready: {model}</source>
            <translation>Listo: {model}</translation>
        </message>
        <message>
            <source>No model loaded</source>
            <translation>Ningún modelo cargado</translation>
        </message>
    </context>
    <context>
        <name>QualityChart</name>
        <message>
            <source>Chart of answer quality against memory needed</source>
            <translation>Gráfico de la calidad de las respuestas frente a la memoria necesaria</translation>
        </message>
        <message>
            <source>Each dot is one download. Higher is better quality; further right needs more memory.</source>
            <translation>Cada punto es una descarga. Más arriba, mejor calidad; más a la derecha, más memoria.</translation>
        </message>
    </context>
    <context>
        <name>Remote</name>
        <message>
            <source>llama.cpp server</source>
            <translation>servidor llama.cpp</translation>
        </message>
        <message>
            <source>OpenAI-compatible server</source>
            <translation>servidor compatible con OpenAI</translation>
        </message>
        <message>
            <source>The prompt is sent as text: typed control words such as &lt;/s&gt; are broken with an invisible character so they stay text</source>
            <translation>El prompt se envía como texto: las palabras de control que escribas, como &lt;/s&gt;, se cortan con un carácter invisible para que sigan siendo texto</translation>
        </message>
        <message>
            <source>The prompt is sent as tokens: typed text is always text, exactly as on this computer</source>
            <translation>El prompt se envía como tokens: lo que escribes siempre es texto, igual que en este ordenador</translation>
        </message>
        <message>
            <source>{server} at {computer} — no model offered yet</source>
            <translation>{server} en {computer}: todavía no ofrece ningún modelo</translation>
        </message>
        <message>
            <source>{server} at {computer} — {model}</source>
            <translation>{server} en {computer}: {model}</translation>
        </message>
        <message>
            <source>, chat memory {tokens} tokens</source>
            <translation>, memoria del chat de {tokens} tokens</translation>
        </message>
        <message>
            <source> (and %n more)</source>
            <translation> (y %n más)</translation>
        </message>
    </context>
    <context>
        <name>RemoteModels</name>
        <message>
            <source>chat memory {count} tokens</source>
            <translation>memoria del chat de {count} tokens</translation>
        </message>
        <message>
            <source>chat memory as the server sets it</source>
            <translation>memoria del chat según la configure el servidor</translation>
        </message>
        <message>
            <source>speed measured after its first reply</source>
            <translation>velocidad medida tras su primera respuesta</translation>
        </message>
        <message>
            <source>writes {speed}, measured from here</source>
            <translation>escribe {speed}, medido desde aquí</translation>
        </message>
        <message>
            <source>Chat with {model} on the server at {url}</source>
            <translation>Chatea con {model} en el servidor de {url}</translation>
        </message>
        <message>
            <source>Ask the servers again</source>
            <translation>Volver a preguntar a los servidores</translation>
        </message>
        <message>
            <source>See which models the computers in Settings → Other computers offer now</source>
            <translation>Mira qué modelos ofrecen ahora los ordenadores de Ajustes → Otros ordenadores</translation>
        </message>
        <message>
            <source>On other computers</source>
            <translation>En otros ordenadores</translation>
        </message>
        <message>
            <source>Models on other computers</source>
            <translation>Modelos en otros ordenadores</translation>
        </message>
        <message>
            <source>{url}: asking the server…</source>
            <translation>{url}: preguntando al servidor…</translation>
        </message>
        <message>
            <source>{model} at {url}</source>
            <translation>{model} en {url}</translation>
        </message>
        <message>
            <source>Other computers</source>
            <translation>Otros ordenadores</translation>
        </message>
        <message>
            <source>Servers on other computers</source>
            <translation>Servidores en otros ordenadores</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <source>API key, if the server has one</source>
            <translation>Clave de API, si el servidor tiene una</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Probar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Models on other computers: chat with a model running on a bigger computer (llama-server, Ollama, or an OpenAI-compatible server).</source>
            <translation>Modelos en otros ordenadores: chatea con un modelo que se ejecuta en un ordenador más potente (llama-server, Ollama o un servidor compatible con OpenAI).</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Preguntando al servidor…</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Quitado.</translation>
        </message>
        <message>
            <source>{model} on {computer}</source>
            <translation>{model} en {computer}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Same as this computer</source>
            <translation>Igual que este ordenador</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Instructions for the model</source>
            <translation>Instrucciones para el modelo</translation>
        </message>
        <message>
            <source>Reset to default</source>
            <translation>Restablecer</translation>
        </message>
        <message>
            <source>Put back the instructions ShortChat starts with</source>
            <translation>Volver a las instrucciones con las que empieza ShortChat</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> tokens</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <source>gpu layers</source>
            <translation>capas en la GPU</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source> GB</source>
            <translation> GB</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <source>Disk for reopening chats</source>
            <translation>Disco para reabrir chats</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Vaciar</translation>
        </message>
        <message>
            <source>Delete what is kept; long chats are read again the next time</source>
            <translation>Borrar lo guardado; los chats largos se volverán a leer la próxima vez</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>What the model is told before every chat (a chat can have its own: Chat menu).</source>
            <translation>Lo que se le dice al modelo antes de cada chat (un chat puede tener las suyas: menú Chat).</translation>
        </message>
        <message>
            <source>Creativity</source>
            <translation>Creatividad</translation>
        </message>
        <message>
            <source>0 gives the likeliest words; higher gives more varied ones.</source>
            <translation>0 da las palabras más probables; un valor más alto, palabras más variadas.</translation>
        </message>
        <message>
            <source>Called “temperature”. At 0 the model always picks its likeliest next word, so the same question gets the same reply; higher values pick less likely words more often. 0.7 is a good start.</source>
            <translation>Se llama «temperatura». Con 0 el modelo elige siempre la siguiente palabra más probable, así que la misma pregunta recibe la misma respuesta; valores más altos eligen más a menudo palabras menos probables. 0,7 es un buen comienzo.</translation>
        </message>
        <message>
            <source>Word choice</source>
            <translation>Elección de palabras</translation>
        </message>
        <message>
            <source>Lower keeps replies to the most probable words.</source>
            <translation>Un valor más bajo limita las respuestas a las palabras más probables.</translation>
        </message>
        <message>
            <source>Called “top-p”. Before each word the model keeps only its likeliest candidates whose chances add up to this share: 0.95 leaves out the rarest 5 %; lower values give safer, plainer replies.</source>
            <translation>Se llama «top-p». Antes de cada palabra el modelo se queda solo con sus candidatas más probables hasta que sus probabilidades suman esta proporción: 0,95 deja fuera el 5 % más raro; valores más bajos dan respuestas más seguras y sencillas.</translation>
        </message>
        <message>
            <source>Longest reply</source>
            <translation>Longitud máxima de respuesta</translation>
        </message>
        <message>
            <source>A token is a word or a piece of one (about ¾ of a word).</source>
            <translation>Un token es una palabra o un trozo de una (unos ¾ de una palabra en inglés).</translation>
        </message>
        <message>
            <source>Called “max tokens”: the reply stops after this many tokens even if the model is not done.</source>
            <translation>Se llama «máximo de tokens»: la respuesta se detiene tras esa cantidad de tokens aunque el modelo no haya terminado.</translation>
        </message>
        <message>
            <source>Memory and speed</source>
            <translation>Memoria y velocidad</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>Memoria del chat</translation>
        </message>
        <message>
            <source>How much of the chat the model sees at once; more needs more memory. Automatic: the most that fits easily here.</source>
            <translation>Cuánto del chat ve el modelo a la vez; más necesita más memoria. Automático: lo máximo que cabe aquí con holgura.</translation>
        </message>
        <message>
            <source>Called the “context”, counted in tokens. Older parts of a longer chat are left out of what the model sees.</source>
            <translation>Se llama «contexto» y se cuenta en tokens. Las partes más antiguas de un chat largo quedan fuera de lo que ve el modelo.</translation>
        </message>
        <message>
            <source>Processor cores</source>
            <translation>Núcleos del procesador</translation>
        </message>
        <message>
            <source>How many processor cores work on a reply. Automatic: all of them.</source>
            <translation>Cuántos núcleos del procesador trabajan en una respuesta. Automático: todos.</translation>
        </message>
        <message>
            <source>Called “CPU threads”: how many parts of the processor work on a reply at the same time. More than the computer has makes replies slower, not faster.</source>
            <translation>Se llama «hilos de CPU»: cuántas partes del procesador trabajan a la vez en una respuesta. Más de las que tiene el ordenador hace las respuestas más lentas, no más rápidas.</translation>
        </message>
        <message>
            <source>Graphics card</source>
            <translation>Tarjeta gráfica</translation>
        </message>
        <message>
            <source>How much of the model runs on the graphics card. Automatic: as much as fits.</source>
            <translation>Cuánto del modelo se ejecuta en la tarjeta gráfica. Automático: todo lo que quepa.</translation>
        </message>
        <message>
            <source>Called “GPU layers”: the model is a stack of layers, and this many of them run on the graphics card, which is faster; the rest run on the processor.</source>
            <translation>Se llama «capas en la GPU»: el modelo es una pila de capas, y este número de ellas se ejecuta en la tarjeta gráfica, que es más rápida; el resto, en el procesador.</translation>
        </message>
        <message>
            <source>Memory, cores and graphics card take effect the next time a model loads.</source>
            <translation>La memoria, los núcleos y la tarjeta gráfica se aplican la próxima vez que se cargue un modelo.</translation>
        </message>
        <message>
            <source>Memory and cores take effect the next time a model loads.</source>
            <translation>La memoria y los núcleos se aplican la próxima vez que se cargue un modelo.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <source>Light or dark, or whatever this computer uses.</source>
            <translation>Claro u oscuro, o lo que use este ordenador.</translation>
        </message>
        <message>
            <source>The window's language; it changes the next time ShortChat starts.</source>
            <translation>El idioma de la ventana; cambia la próxima vez que se inicie ShortChat.</translation>
        </message>
        <message>
            <source>Of this computer's own text size, for the whole window and the chat. Anywhere: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 back to 100 %.</source>
            <translation>Relativo al tamaño de texto de este ordenador, para toda la ventana y el chat. En cualquier parte: Ctrl+= más grande, Ctrl+- más pequeño, Ctrl+0 vuelve al 100 %.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>{size} used</source>
            <translation>{size} en uso</translation>
        </message>
        <message>
            <source>Models folder</source>
            <translation>Carpeta de modelos</translation>
        </message>
        <message>
            <source>Where downloaded models are kept.</source>
            <translation>Dónde se guardan los modelos descargados.</translation>
        </message>
        <message>
            <source>Reopening chats</source>
            <translation>Reabrir chats</translation>
        </message>
        <message>
            <source>Disk space for what the model has read of your recent chats, so a long chat continues at once instead of being read again. The least recently used go first when it is full.</source>
            <translation>Espacio en disco para lo que el modelo ha leído de tus chats recientes, para que un chat largo siga al instante en vez de volver a leerse. Cuando se llena, se borra primero lo usado hace más tiempo.</translation>
        </message>
        <message>
            <source>llama.cpp's state (its KV cache) of each recent chat, saved after a reply and used again only when the chat, the model and its settings are exactly the same.</source>
            <translation>El estado de llama.cpp (su caché KV) de cada chat reciente, guardado tras una respuesta y reutilizado solo si el chat, el modelo y sus ajustes son exactamente los mismos.</translation>
        </message>
        <message>
            <source>Other apps</source>
            <translation>Otras aplicaciones</translation>
        </message>
        <message>
            <source>Other programs on this computer can use the model loaded here. Takes effect at once.</source>
            <translation>Otros programas de este ordenador pueden usar el modelo cargado aquí. Se aplica al instante.</translation>
        </message>
        <message>
            <source>An OpenAI-compatible API at this address, for this computer only (as `shortchat serve`).</source>
            <translation>Una API compatible con OpenAI en esta dirección, solo para este ordenador (como `shortchat serve`).</translation>
        </message>
        <message>
            <source>Instructions for this chat</source>
            <translation>Instrucciones para este chat</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>Usar las predeterminadas</translation>
        </message>
        <message>
            <source>What the model is told before this chat (the other chats keep theirs):</source>
            <translation>Lo que se le dice al modelo antes de este chat (los demás chats conservan las suyas):</translation>
        </message>
    </context>
    <context>
        <name>SimpleChoices</name>
        <message>
            <source>No model fits this computer's memory right now. Close other programs, or look at “All sizes and quality levels” for the smallest ones.</source>
            <translation>Ahora mismo ningún modelo cabe en la memoria de este ordenador. Cierra otros programas o mira en «Todos los tamaños y niveles de calidad» los más pequeños.</translation>
        </message>
        <message>
            <source>{model}: not published on the model hub yet, so it cannot be downloaded.</source>
            <translation>{model}: aún no está publicado en el hub de modelos, así que no se puede descargar.</translation>
        </message>
        <message>
            <source>{model}: not known yet (the model hub could not be reached).</source>
            <translation>{model}: aún no se sabe (no se pudo conectar con el hub de modelos).</translation>
        </message>
        <message>
            <source>Asking the model hub which models are available…</source>
            <translation>Preguntando al hub de modelos qué modelos hay…</translation>
        </message>
        <message>
            <source>needs {size} of memory (measured here)</source>
            <translation>necesita {size} de memoria (medido aquí)</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>necesita unos {size} de memoria</translation>
        </message>
        <message>
            <source>On this computer, {size}</source>
            <translation>En este ordenador, {size}</translation>
        </message>
        <message>
            <source>Download {size}</source>
            <translation>Descargar {size}</translation>
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
            <translation>{value} bytes</translation>
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
            <translation>más de {count} palabras/s</translation>
        </message>
        <message>
            <source>{count} words/s</source>
            <translation>{count} palabras/s</translation>
        </message>
        <message>
            <source>speed unknown</source>
            <translation>velocidad desconocida</translation>
        </message>
        <message>
            <source>{speed}, measured</source>
            <translation>{speed}, medida</translation>
        </message>
        <message>
            <source>about {speed}</source>
            <translation>unas {speed}</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>No model loaded</source>
            <translation>Ningún modelo cargado</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>Memoria del chat</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>Cargando el modelo</translation>
        </message>
        <message>
            <source>The model stopped · it loads again when you send</source>
            <translation>El modelo se detuvo · se vuelve a cargar cuando envíes</translation>
        </message>
    </context>
</TS>