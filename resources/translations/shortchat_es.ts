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
            <source>{side} is answering ({model})…</source>
            <translation>{side} está respondiendo ({model})…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
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
            <source>Re&amp;name this chat…</source>
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
        <name>Speed</name>
        <message>
            <source>over {count} words/s</source>
            <translation>más de {count} palabras/s</translation>
        </message>
        <message>
            <source>{count} words/s</source>
            <translation>{count} palabras/s</translation>
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