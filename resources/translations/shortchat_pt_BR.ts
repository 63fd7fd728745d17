<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>About</name>
        <message>
            <source>The licence texts are missing from this installation.</source>
            <translation>Os textos das licenças não estão nesta instalação.</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Sobre o {app}</translation>
        </message>
        <message>
            <source>Chat offline with Nota AI's pruned Vicuna models.</source>
            <translation>Converse offline com os modelos Vicuna reduzidos da Nota AI.</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Licenças</translation>
        </message>
    </context>
    <context>
        <name>ApiSharing</name>
        <message>
            <source>Let other apps on this computer use ShortChat</source>
            <translation>Permitir que outros aplicativos deste computador usem o ShortChat</translation>
        </message>
        <message>
            <source>Address for other apps</source>
            <translation>Endereço para outros apps</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desligado</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something unexpected went wrong ({kind}).
Details were written to the log in {folder}.</source>
            <translation>Algo inesperado deu errado ({kind}).
Os detalhes foram gravados no log em {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Rename this chat</source>
            <translation>Renomear esta conversa</translation>
        </message>
        <message>
            <source>A new name for this chat:</source>
            <translation>Um novo nome para esta conversa:</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Ontem</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Nova conversa</translation>
        </message>
        <message>
            <source>Start a new chat (Ctrl+N)</source>
            <translation>Começar uma nova conversa (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search all chats…</source>
            <translation>Pesquisar em todas as conversas…</translation>
        </message>
        <message>
            <source>Search all chats</source>
            <translation>Pesquisar em todas as conversas</translation>
        </message>
        <message>
            <source>Chats</source>
            <translation>Conversas</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nada encontrado.</translation>
        </message>
        <message>
            <source>Your chats will be listed here.</source>
            <translation>Suas conversas aparecerão aqui.</translation>
        </message>
        <message>
            <source>Chats of {day}</source>
            <translation>Conversas de {day}</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renomear…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
    </context>
    <context>
        <name>ChatMemory</name>
        <message>
            <source>Chat memory {percent} % full</source>
            <translation>Memória da conversa {percent} % cheia</translation>
        </message>
        <message>
            <source> · the oldest are left out</source>
            <translation> · as mais antigas ficaram de fora</translation>
        </message>
        <message>
            <source> · the oldest go soon</source>
            <translation> · as mais antigas sairão em breve</translation>
        </message>
        <message>
            <source>How much of what the model can keep in mind ({tokens} tokens, about {words} words) this chat uses. When it is full, the oldest messages are left out of what the model reads.</source>
            <translation>Quanto do que o modelo consegue guardar ({tokens} tokens, cerca de {words} palavras) esta conversa usa. Quando enche, as mensagens mais antigas ficam fora do que o modelo lê.</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its oldest exchange was left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>Esta conversa agora é mais longa do que o modelo consegue guardar: a troca mais antiga ficou fora do que o modelo leu para esta resposta. Uma nova conversa (Ctrl+N) começa do zero.</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its %n oldest exchanges were left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>Esta conversa agora é mais longa do que o modelo consegue guardar: as %n trocas mais antigas ficaram fora do que o modelo leu para esta resposta. Uma nova conversa (Ctrl+N) começa do zero.</translation>
        </message>
        <message>
            <source>A longer chat memory (Settings → Chat memory) may also fit on this computer.</source>
            <translation>Uma memória da conversa maior (Configurações → Memória da conversa) talvez também caiba neste computador.</translation>
        </message>
    </context>
    <context>
        <name>ChatPage</name>
        <message>
            <source>Ask anything. Everything stays on this computer.</source>
            <translation>Pergunte o que quiser. Tudo fica neste computador.</translation>
        </message>
        <message>
            <source>Editing an earlier message: Send asks it again as a new version (the old one stays, ‹ › switches between them).</source>
            <translation>Editando uma mensagem anterior: Enviar pergunta de novo como uma nova versão (a antiga continua; ‹ › alterna entre elas).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop editing and keep the message as it was (Esc)</source>
            <translation>Parar de editar e manter a mensagem como estava (Esc)</translation>
        </message>
        <message>
            <source>The reply stopped at its length limit.</source>
            <translation>A resposta parou no limite de tamanho.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Go on writing this reply from where it stopped (Ctrl+Shift+Enter)</source>
            <translation>Continuar escrevendo esta resposta de onde parou (Ctrl+Shift+Enter)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Send or stop</source>
            <translation>Enviar ou parar</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Gerar de novo</translation>
        </message>
        <message>
            <source>Write the last reply again (Ctrl+R)</source>
            <translation>Escrever a última resposta de novo (Ctrl+R)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>Parar a resposta (Esc)</translation>
        </message>
        <message>
            <source>Send the message (Enter)</source>
            <translation>Enviar a mensagem (Enter)</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>Conversa</translation>
        </message>
        <message>
            <source>The messages of this chat. Ctrl+Up and Ctrl+Down read the messages one by one; Alt+Down and Alt+Up move between a message's buttons; a finished reply is read out once.</source>
            <translation>As mensagens desta conversa. Ctrl+Cima e Ctrl+Baixo leem as mensagens uma a uma; Alt+Baixo e Alt+Cima passam pelos botões de uma mensagem; uma resposta terminada é lida uma vez.</translation>
        </message>
        <message>
            <source>{author} replied: {reply}</source>
            <translation>{author} respondeu: {reply}</translation>
        </message>
        <message>
            <source>Message copied</source>
            <translation>Mensagem copiada</translation>
        </message>
        <message>
            <source>Code copied</source>
            <translation>Código copiado</translation>
        </message>
        <message>
            <source>Show earlier messages</source>
            <translation>Mostrar mensagens anteriores</translation>
        </message>
        <message>
            <source>{author}, message {number} of {count}: {text}</source>
            <translation>{author}, mensagem {number} de {count}: {text}</translation>
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
            <translation>Respostas do modelo {side}</translation>
        </message>
        <message>
            <source>The answers of {side} appear here.</source>
            <translation>As respostas de {side} aparecem aqui.</translation>
        </message>
        <message>
            <source>Speed of model {side}</source>
            <translation>Velocidade do modelo {side}</translation>
        </message>
        <message>
            <source>Compare two models</source>
            <translation>Comparar dois modelos</translation>
        </message>
        <message>
            <source>Ask both models the same question. They answer one after the other, so each gets the whole computer and the speeds are fair; follow-up questions continue both chats.</source>
            <translation>Faça a mesma pergunta aos dois modelos. Eles respondem um depois do outro, então cada um usa o computador inteiro e as velocidades são comparadas de forma justa; as próximas perguntas continuam as duas conversas.</translation>
        </message>
        <message>
            <source>A question for both… (Enter asks)</source>
            <translation>Uma pergunta para os dois… (Enter pergunta)</translation>
        </message>
        <message>
            <source>Ask both</source>
            <translation>Perguntar aos dois</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Você</translation>
        </message>
        <message>
            <source>{side} is answering ({model})…</source>
            <translation>{side} está respondendo ({model})…</translation>
        </message>
        <message>
            <source>Both models stay loaded: they fit in memory together.</source>
            <translation>Os dois modelos continuam carregados: cabem juntos na memória.</translation>
        </message>
        <message>
            <source>One model in memory at a time: they load in turn.</source>
            <translation>Um modelo na memória de cada vez: eles são carregados em turnos.</translation>
        </message>
        <message>
            <source>One of them answers from another computer, so both stay ready.</source>
            <translation>Um deles responde de outro computador, então os dois continuam prontos.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
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
            <translation>{seconds} s no total, incluindo o carregamento</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>interrompida</translation>
        </message>
        <message>
            <source>Writing: {rate} tokens/s (after the first token, which is what the verdict compares). First token after {seconds} s (reading the prompt, {count} tokens).</source>
            <translation>Escrita: {rate} tokens/s (após o primeiro token, que é o que o veredito compara). Primeiro token após {seconds} s (lendo a entrada, {count} tokens).</translation>
        </message>
        <message>
            <source>The answers are too short to tell which writes faster (under {count} tokens): ask for a longer one.</source>
            <translation>As respostas são curtas demais para saber qual escreve mais rápido (menos de {count} tokens): peça uma mais longa.</translation>
        </message>
        <message>
            <source>They wrote about as fast as each other (the difference is within measuring noise).</source>
            <translation>Escreveram mais ou menos na mesma velocidade (a diferença está dentro do ruído de medição).</translation>
        </message>
        <message>
            <source>{name} wrote faster: {faster} against {slower}, {ratio} times as fast.</source>
            <translation>{name} escreveu mais rápido: {faster} contra {slower}, {ratio} vezes mais rápido.</translation>
        </message>
        <message>
            <source>{name}: {rate} tokens/s</source>
            <translation>{name}: {rate} tokens/s</translation>
        </message>
        <message>
            <source>Writing speed after the first token ({rates}). Loading and reading the prompt are left out; a difference under {share} is noise, and answers under {count} tokens are too short to measure.</source>
            <translation>Velocidade de escrita após o primeiro token ({rates}). O carregamento e a leitura da entrada ficam de fora; uma diferença abaixo de {share} é ruído, e respostas com menos de {count} tokens são curtas demais para medir.</translation>
        </message>
    </context>
    <context>
        <name>Conversation</name>
        <message>
            <source>Your message was not sent. {reason}</source>
            <translation>Sua mensagem não foi enviada. {reason}</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Você</translation>
        </message>
        <message>
            <source>The reply will start as soon as the model is loaded.</source>
            <translation>A resposta começa assim que o modelo for carregado.</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Escolha um modelo primeiro.</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistente</translation>
        </message>
        <message>
            <source>Reading the chat… {percent} %</source>
            <translation>Lendo a conversa… {percent} %</translation>
        </message>
        <message>
            <source>{speed} tokens/s · {count} tokens</source>
            <translation>{speed} tokens/s · {count} tokens</translation>
        </message>
        <message>
            <source> · stopped at the length limit</source>
            <translation> · parou no limite de tamanho</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>não terminada</translation>
        </message>
        <message>
            <source>Stop the reply first (Esc).</source>
            <translation>Pare a resposta primeiro (Esc).</translation>
        </message>
        <message>
            <source>Wait for the reply to end, or stop it (Esc).</source>
            <translation>Espere a resposta terminar ou pare-a (Esc).</translation>
        </message>
        <message>
            <source>There is no chat to export yet.</source>
            <translation>Ainda não há conversa para exportar.</translation>
        </message>
        <message>
            <source>Export the chat</source>
            <translation>Exportar a conversa</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The chat could not be saved there: {reason}.</source>
            <translation>Não foi possível salvar a conversa ali: {reason}.</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} salvo</translation>
        </message>
        <message>
            <source>The whole chat was copied</source>
            <translation>A conversa inteira foi copiada</translation>
        </message>
        <message>
            <source>Reply copied</source>
            <translation>Resposta copiada</translation>
        </message>
    </context>
    <context>
        <name>Download</name>
        <message>
            <source>You are offline (the model hub could not be reached); downloaded models still work. Connect to the internet to download new ones.</source>
            <translation>Você está offline (não foi possível acessar o hub de modelos); os modelos baixados continuam funcionando. Conecte-se à internet para baixar novos.</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached. Your models work as usual; to download another one, connect to the internet and press Try again.</source>
            <translation>Você está offline: não foi possível acessar o hub de modelos. Seus modelos funcionam normalmente; para baixar outro, conecte-se à internet e clique em Tentar de novo.</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached, and no model is on this computer yet. Connect to the internet and press Try again, or use “Add a file from disk…” for a model file you already have.</source>
            <translation>Você está offline: não foi possível acessar o hub de modelos e ainda não há nenhum modelo neste computador. Conecte-se à internet e clique em Tentar de novo, ou use “Adicionar um arquivo do disco…” para um arquivo de modelo que você já tenha.</translation>
        </message>
        <message>
            <source>Another ShortChat is downloading {name} right now; waiting for it to finish…</source>
            <translation>Outro ShortChat está baixando {name} agora; aguardando terminar…</translation>
        </message>
        <message>
            <source>The partly downloaded {file} disappeared from the models folder. Please download it again.</source>
            <translation>O arquivo {file} baixado em parte sumiu da pasta de modelos. Baixe-o de novo.</translation>
        </message>
        <message>
            <source>The downloaded {file} is damaged (its checksum does not match the hub's), so it was deleted. Please download it again.</source>
            <translation>O arquivo {file} baixado está danificado (a soma de verificação não confere com a do hub), então foi excluído. Baixe-o de novo.</translation>
        </message>
        <message>
            <source>The connection was lost at {done} of {total}. Try again later: the download will continue from there.</source>
            <translation>A conexão caiu em {done} de {total}. Tente de novo mais tarde: o download continuará de onde parou.</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in a moment (attempt {attempt} of {attempts}).</source>
            <translation>A conexão com o hub de modelos parou em {done} de {total}; tentando de novo em instantes (tentativa {attempt} de {attempts}).</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in {pause} (attempt {attempt} of {attempts}).</source>
            <translation>A conexão com o hub de modelos parou em {done} de {total}; tentando de novo em {pause} (tentativa {attempt} de {attempts}).</translation>
        </message>
        <message>
            <source>Not enough disk space for {file}: it needs {needed} free (with a little room to spare), but only {free} is free. Free some space, or choose a smaller model.</source>
            <translation>Não há espaço em disco suficiente para {file}: são necessários {needed} livres (com uma pequena folga), mas só há {free} livres. Libere espaço ou escolha um modelo menor.</translation>
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <source>Asking the model hub…</source>
            <translation>Perguntando ao hub de modelos…</translation>
        </message>
        <message>
            <source>Checking what was already downloaded… {share}</source>
            <translation>Verificando o que já foi baixado… {share}</translation>
        </message>
        <message>
            <source>Verifying the file…</source>
            <translation>Verificando o arquivo…</translation>
        </message>
        <message>
            <source>Downloaded and verified ✓</source>
            <translation>Baixado e verificado ✓</translation>
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
            <translation>faltam {time}</translation>
        </message>
        <message>
            <source>Download of {model}</source>
            <translation>Download de {model}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Stop downloading {model}</source>
            <translation>Parar de baixar {model}</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove from this list (and delete what was downloaded of an unfinished file)</source>
            <translation>Remover desta lista (e apagar o que foi baixado de um arquivo incompleto)</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Tentar de novo</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>No data for {seconds} s · retrying</source>
            <translation>Sem dados há {seconds} s · tentando de novo</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Downloads</translation>
        </message>
        <message>
            <source>Stopped at {share}: press Continue to finish it.</source>
            <translation>Parado em {share}: clique em Continuar para terminar.</translation>
        </message>
        <message>
            <source>Waiting for the download before it…</source>
            <translation>Aguardando o download anterior…</translation>
        </message>
        <message>
            <source>Stopped before it began.</source>
            <translation>Parado antes de começar.</translation>
        </message>
        <message>
            <source>Stopped. Press Continue to go on from where it stopped.</source>
            <translation>Parado. Clique em Continuar para retomar de onde parou.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>There is no reply to write again yet.</source>
            <translation>Ainda não há nenhuma resposta para gerar de novo.</translation>
        </message>
        <message>
            <source>Only your own messages in this chat can be edited.</source>
            <translation>Nesta conversa, só é possível editar as suas próprias mensagens.</translation>
        </message>
        <message>
            <source>There is no reply to continue.</source>
            <translation>Não há nenhuma resposta para continuar.</translation>
        </message>
        <message>
            <source>No model is loaded. Choose a model first.</source>
            <translation>Nenhum modelo está carregado. Escolha um modelo primeiro.</translation>
        </message>
        <message>
            <source>another ShortChat (or another program) kept the chat history busy for over {seconds} s</source>
            <translation>outro ShortChat (ou outro programa) deixou o histórico de conversas ocupado por mais de {seconds} s</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>o disco está cheio</translation>
        </message>
        <message>
            <source>the chat history's folder cannot be written</source>
            <translation>não é possível gravar na pasta do histórico de conversas</translation>
        </message>
        <message>
            <source>the disk could not be written or read (a disk error)</source>
            <translation>não foi possível ler ou gravar no disco (erro de disco)</translation>
        </message>
        <message>
            <source>the chat history file is damaged (ShortChat repairs it when it starts next)</source>
            <translation>o arquivo do histórico de conversas está danificado (o ShortChat vai repará-lo na próxima vez que for aberto)</translation>
        </message>
        <message>
            <source>the chat history refused it ({why})</source>
            <translation>o histórico de conversas recusou a operação ({why})</translation>
        </message>
        <message>
            <source>The chat history's folder cannot be created ({why}).</source>
            <translation>Não é possível criar a pasta do histórico de conversas ({why}).</translation>
        </message>
        <message>
            <source>The chat history could not be opened: {why}.</source>
            <translation>Não foi possível abrir o histórico de conversas: {why}.</translation>
        </message>
        <message>
            <source>The chat history was written by a newer ShortChat. Update ShortChat to open it (nothing was changed).</source>
            <translation>O histórico de conversas foi gravado por uma versão mais recente do ShortChat. Atualize o ShortChat para abri-lo (nada foi alterado).</translation>
        </message>
        <message>
            <source>The chat history file was damaged. {saved} of {total} messages were recovered into a new file; the damaged one was kept as {name}.</source>
            <translation>O arquivo do histórico de conversas estava danificado. {saved} de {total} mensagens foram recuperadas em um novo arquivo; o danificado foi guardado como {name}.</translation>
        </message>
        <message>
            <source>The chat history file could not be read ({why}); it was kept as {name} and a new one started.</source>
            <translation>Não foi possível ler o arquivo do histórico de conversas ({why}); ele foi guardado como {name} e um novo foi criado.</translation>
        </message>
        <message>
            <source>This was not saved: {why}. Try again in a moment.</source>
            <translation>Não foi possível salvar: {why}. Tente de novo daqui a pouco.</translation>
        </message>
        <message>
            <source>That chat no longer exists.</source>
            <translation>Essa conversa não existe mais.</translation>
        </message>
        <message>
            <source>That message could not be read.</source>
            <translation>Não foi possível ler essa mensagem.</translation>
        </message>
        <message>
            <source>A damaged message was set aside ({why}); the rest of the chat is shown.</source>
            <translation>Uma mensagem danificada foi deixada de lado ({why}); o resto da conversa aparece normalmente.</translation>
        </message>
        <message>
            <source>Until that is fixed, new chats are kept only while ShortChat is open.</source>
            <translation>Até que o problema seja resolvido, as novas conversas só ficam guardadas enquanto o ShortChat estiver aberto.</translation>
        </message>
        <message>
            <source>Your earlier chat is shown, but changes to it are not kept.</source>
            <translation>Sua conversa anterior está sendo exibida, mas as alterações feitas nela não serão guardadas.</translation>
        </message>
        <message>
            <source>Your {count} earlier chats are shown, but changes to them are not kept.</source>
            <translation>Suas {count} conversas anteriores estão sendo exibidas, mas as alterações feitas nelas não serão guardadas.</translation>
        </message>
        <message>
            <source>llama.cpp crashed (segmentation fault)</source>
            <translation>o llama.cpp travou (falha de segmentação)</translation>
        </message>
        <message>
            <source>llama.cpp could not read the model file any more (was it moved or changed?)</source>
            <translation>o llama.cpp não conseguiu mais ler o arquivo do modelo (ele foi movido ou alterado?)</translation>
        </message>
        <message>
            <source>llama.cpp crashed on bad numbers in the model file</source>
            <translation>o llama.cpp travou por causa de números inválidos no arquivo do modelo</translation>
        </message>
        <message>
            <source>llama.cpp used a processor instruction this computer does not have</source>
            <translation>o llama.cpp usou uma instrução de processador que este computador não tem</translation>
        </message>
        <message>
            <source>llama.cpp stopped itself</source>
            <translation>o llama.cpp se encerrou por conta própria</translation>
        </message>
        <message>
            <source>it was asked to stop by another program</source>
            <translation>outro programa pediu que ele parasse</translation>
        </message>
        <message>
            <source>it was stopped by the system because the computer ran out of memory</source>
            <translation>o sistema o encerrou porque o computador ficou sem memória</translation>
        </message>
        <message>
            <source>it was stopped by the system or by another program</source>
            <translation>o sistema ou outro programa o encerrou</translation>
        </message>
        <message>
            <source>it stopped responding, so ShortChat ended it</source>
            <translation>parou de responder, então o ShortChat o encerrou</translation>
        </message>
        <message>
            <source>it could not get enough memory</source>
            <translation>não conseguiu memória suficiente</translation>
        </message>
        <message>
            <source>an internal check failed</source>
            <translation>uma verificação interna falhou</translation>
        </message>
        <message>
            <source>The model stopped unexpectedly: {reason}. Your conversation is safe; load the model again to continue.</source>
            <translation>O modelo parou inesperadamente: {reason}. Sua conversa está segura; carregue o modelo de novo para continuar.</translation>
        </message>
        <message>
            <source>it was ended by {signal}</source>
            <translation>foi encerrado ao receber {signal}</translation>
        </message>
        <message>
            <source>it stopped responding</source>
            <translation>parou de responder</translation>
        </message>
        <message>
            <source>it exited with code {code}</source>
            <translation>terminou com o código {code}</translation>
        </message>
        <message>
            <source>{reason} ({cause})</source>
            <translation>{reason} ({cause})</translation>
        </message>
        <message>
            <source>{name} did not fit in this computer's memory: {reason}.</source>
            <translation>{name} não coube na memória deste computador: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be loaded: {reason}. The file may be damaged, or too large for this computer.</source>
            <translation>Não foi possível carregar {name}: {reason}. O arquivo pode estar danificado ou ser grande demais para este computador.</translation>
        </message>
        <message>
            <source>The model is still busy with the previous request.</source>
            <translation>O modelo ainda está ocupado com o pedido anterior.</translation>
        </message>
        <message>
            <source>Stopped because ShortChat is closing.</source>
            <translation>Parou porque o ShortChat está sendo fechado.</translation>
        </message>
        <message>
            <source>There was not enough memory to finish this. Close other programs, or choose a smaller model.</source>
            <translation>Não havia memória suficiente para terminar. Feche outros programas ou escolha um modelo menor.</translation>
        </message>
        <message>
            <source>Something went wrong inside llama.cpp while it was working; the details are in the log ({log}).</source>
            <translation>Algo deu errado dentro do llama.cpp durante o trabalho; os detalhes estão no log ({log}).</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model, which this version of ShortChat cannot run.</source>
            <translation>{name} é um modelo “{arch}”, que esta versão do ShortChat não consegue executar.</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged. If you downloaded it, download it again.</source>
            <translation>{name} está incompleto ou danificado. Se você o baixou, baixe-o de novo.</translation>
        </message>
        <message>
            <source>There is not enough memory to load {name}. Close other programs or choose a smaller model.</source>
            <translation>Não há memória suficiente para carregar {name}. Feche outros programas ou escolha um modelo menor.</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program (llama.cpp said: {cause}).</source>
            <translation>Não foi possível carregar {name}: ele pode estar danificado ou ter sido feito para outro programa (o llama.cpp disse: {cause}).</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program.</source>
            <translation>Não foi possível carregar {name}: ele pode estar danificado ou ter sido feito para outro programa.</translation>
        </message>
        <message>
            <source>llama.cpp found no way to run models on this computer (no CPU backend was found).</source>
            <translation>O llama.cpp não encontrou nenhuma forma de executar modelos neste computador (nenhum backend de CPU foi encontrado).</translation>
        </message>
        <message>
            <source>The reply length ({reply_tokens} tokens) leaves no room in the model's context of {n_ctx} tokens. Choose a shorter reply length.</source>
            <translation>O tamanho máximo da resposta ({reply_tokens} tokens) não deixa espaço na memória da conversa, que é de {n_ctx} tokens. Escolha um tamanho menor.</translation>
        </message>
        <message>
            <source>This message is too long for the model: with the instructions it needs {count} tokens, but only {budget} fit beside a reply of {reply_tokens} tokens. Shorten the message, or choose a longer context or a shorter reply in the settings.</source>
            <translation>Esta mensagem é longa demais para o modelo: com as instruções, ela precisa de {count} tokens, mas só cabem {budget} junto com uma resposta de {reply_tokens} tokens. Encurte a mensagem ou escolha nas configurações uma memória da conversa maior ou uma resposta mais curta.</translation>
        </message>
        <message>
            <source>Refused to download a file with an unsafe name: {name}.</source>
            <translation>O download de um arquivo com nome inseguro foi recusado: {name}.</translation>
        </message>
        <message>
            <source>{file} is not (or no longer) published in {repo}.</source>
            <translation>{file} não está (ou não está mais) publicado em {repo}.</translation>
        </message>
        <message>
            <source>The hub gives no checksum for {file}, so it cannot be verified.</source>
            <translation>O hub não informa a soma de verificação de {file}, então não é possível verificá-lo.</translation>
        </message>
        <message>
            <source>{repo} is not published on the model hub.</source>
            <translation>{repo} não está publicado no hub de modelos.</translation>
        </message>
        <message>
            <source>The model hub gave an answer ShortChat does not understand ({why}).</source>
            <translation>O hub de modelos deu uma resposta que o ShortChat não entende ({why}).</translation>
        </message>
        <message>
            <source>Stopped waiting; the other ShortChat is still downloading {name}.</source>
            <translation>Espera cancelada: o outro ShortChat continua baixando {name}.</translation>
        </message>
        <message>
            <source>The download was stopped. It will continue from here next time.</source>
            <translation>O download foi interrompido. Na próxima vez, ele continua daqui.</translation>
        </message>
        <message>
            <source>The download of {file} failed: {why}</source>
            <translation>O download de {file} falhou: {why}</translation>
        </message>
        <message>
            <source>{file} changed on the model hub while it was downloading. Try again to download the new version.</source>
            <translation>{file} mudou no hub de modelos durante o download. Tente de novo para baixar a nova versão.</translation>
        </message>
        <message>
            <source>The download was stopped while its file was being checked.</source>
            <translation>O download foi interrompido enquanto o arquivo era verificado.</translation>
        </message>
        <message>
            <source>context length</source>
            <translation>comprimento do contexto</translation>
        </message>
        <message>
            <source>layer count</source>
            <translation>número de camadas</translation>
        </message>
        <message>
            <source>embedding size</source>
            <translation>tamanho do embedding</translation>
        </message>
        <message>
            <source>attention head count</source>
            <translation>número de cabeças de atenção</translation>
        </message>
        <message>
            <source>feed-forward size</source>
            <translation>tamanho da camada feed-forward</translation>
        </message>
        <message>
            <source>file type</source>
            <translation>tipo de arquivo</translation>
        </message>
        <message>
            <source>alignment</source>
            <translation>alinhamento</translation>
        </message>
        <message>
            <source>it does not say what kind of model it is</source>
            <translation>não indica que tipo de modelo é</translation>
        </message>
        <message>
            <source>its {words} is {value}, which no model has</source>
            <translation>o campo “{words}” vale {value}, o que nenhum modelo tem</translation>
        </message>
        <message>
            <source>its vocabulary is empty or impossibly large</source>
            <translation>o vocabulário está vazio ou tem um tamanho impossível</translation>
        </message>
        <message>
            <source>it ends too early</source>
            <translation>termina antes do esperado</translation>
        </message>
        <message>
            <source>a text field has an impossible length</source>
            <translation>um campo de texto tem um comprimento impossível</translation>
        </message>
        <message>
            <source>an array has an impossible length</source>
            <translation>uma lista tem um comprimento impossível</translation>
        </message>
        <message>
            <source>an array has an unknown element type {element_type}</source>
            <translation>uma lista tem um tipo de elemento desconhecido: {element_type}</translation>
        </message>
        <message>
            <source>a value has an unknown type {value_type}</source>
            <translation>um valor tem um tipo desconhecido: {value_type}</translation>
        </message>
        <message>
            <source>a tensor has too many dimensions</source>
            <translation>um tensor tem dimensões demais</translation>
        </message>
        <message>
            <source>a tensor has a size of zero</source>
            <translation>um tensor tem tamanho zero</translation>
        </message>
        <message>
            <source>a tensor's data is misplaced</source>
            <translation>os dados de um tensor estão no lugar errado</translation>
        </message>
        <message>
            <source>a tensor's size does not match its type</source>
            <translation>o tamanho de um tensor não corresponde ao seu tipo</translation>
        </message>
        <message>
            <source>{name} is a link to a file that is not there.</source>
            <translation>{name} é um link para um arquivo que não existe.</translation>
        </message>
        <message>
            <source>There is no model file at {path}.</source>
            <translation>Não há nenhum arquivo de modelo em {path}.</translation>
        </message>
        <message>
            <source>{name} is a link that leads nowhere (it loops back on itself).</source>
            <translation>{name} é um link que não leva a lugar nenhum (ele forma um ciclo que volta para si mesmo).</translation>
        </message>
        <message>
            <source>{name} could not be read: {why}.</source>
            <translation>Não foi possível ler {name}: {why}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a model file.</source>
            <translation>{path} é uma pasta, não um arquivo de modelo.</translation>
        </message>
        <message>
            <source>{name} is not a regular file (it is a pipe, a device or a socket), so it is no model.</source>
            <translation>{name} não é um arquivo comum (é um pipe, um dispositivo ou um socket), então não é um modelo.</translation>
        </message>
        <message>
            <source>{name} is not a regular file, so it is no model.</source>
            <translation>{name} não é um arquivo comum, então não é um modelo.</translation>
        </message>
        <message>
            <source>{name} uses the old GGML format, which llama.cpp no longer reads. Download the GGUF version of this model instead.</source>
            <translation>{name} usa o antigo formato GGML, que o llama.cpp não lê mais. Baixe a versão GGUF deste modelo.</translation>
        </message>
        <message>
            <source>{name} is not a GGUF model file. ShortChat runs models in the GGUF format (files ending in .gguf).</source>
            <translation>{name} não é um arquivo de modelo GGUF. O ShortChat executa modelos no formato GGUF (arquivos terminados em .gguf).</translation>
        </message>
        <message>
            <source>{name} is GGUF version {version}, which this version of ShortChat cannot read.</source>
            <translation>{name} usa a versão {version} do GGUF, que esta versão do ShortChat não consegue ler.</translation>
        </message>
        <message>
            <source>its header counts are impossible</source>
            <translation>o cabeçalho indica quantidades impossíveis</translation>
        </message>
        <message>
            <source>a metadata key is empty</source>
            <translation>uma chave de metadados está vazia</translation>
        </message>
        <message>
            <source>a metadata key appears twice</source>
            <translation>uma chave de metadados aparece duas vezes</translation>
        </message>
        <message>
            <source>ShortChat is not allowed to read {name}.</source>
            <translation>O ShortChat não tem permissão para ler {name}.</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete ({why}). If you downloaded it, download it again.</source>
            <translation>{name} está danificado ou incompleto ({why}). Se você o baixou, baixe-o de novo.</translation>
        </message>
        <message>
            <source>{name} is damaged ({why}). If you downloaded it, download it again.</source>
            <translation>{name} está danificado ({why}). Se você o baixou, baixe-o de novo.</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged: it is {size} bytes long, but its model weights need {needed}. If you downloaded it, download it again; if you copied it, copy it again.</source>
            <translation>{name} está incompleto ou danificado: tem {size} bytes, mas os pesos do modelo precisam de {needed}. Se você o baixou, baixe-o de novo; se o copiou, copie-o de novo.</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model (used for images or search), not a chat model.</source>
            <translation>{name} é um modelo “{arch}” (usado para imagens ou pesquisa), não um modelo de conversa.</translation>
        </message>
        <message>
            <source>{name} holds no model weights (it has no tensors).</source>
            <translation>{name} não contém pesos de modelo (não tem tensores).</translation>
        </message>
        <message>
            <source>There is no model called {name}. `shortchat list` shows the models you have.</source>
            <translation>Não há nenhum modelo chamado {name}. `shortchat list` mostra os modelos que você tem.</translation>
        </message>
        <message>
            <source>A model called {name} is already in the models folder.</source>
            <translation>Já existe um modelo chamado {name} na pasta de modelos.</translation>
        </message>
        <message>
            <source>Not enough disk space to copy {name}; add it as a link instead.</source>
            <translation>Não há espaço em disco suficiente para copiar {name}; adicione-o como link.</translation>
        </message>
        <message>
            <source>This computer has no keychain, so API keys are kept only until ShortChat closes.</source>
            <translation>Este computador não tem um cofre de senhas, então as chaves de API só ficam guardadas até o ShortChat ser fechado.</translation>
        </message>
        <message>
            <source>The connection to {computer} was cut off in the middle of the reply.</source>
            <translation>A conexão com {computer} caiu no meio da resposta.</translation>
        </message>
        <message>
            <source>The server at {computer} no longer offers {model_name}.</source>
            <translation>O servidor em {computer} não oferece mais {model_name}.</translation>
        </message>
        <message>
            <source>The model at {computer} has no end-of-reply token ShortChat can use.</source>
            <translation>O modelo em {computer} não tem nenhum token de fim de resposta que o ShortChat possa usar.</translation>
        </message>
        <message>
            <source>No model is chosen. Choose a model first.</source>
            <translation>Nenhum modelo foi escolhido. Escolha um modelo primeiro.</translation>
        </message>
        <message>
            <source>The Ollama server said: {error}</source>
            <translation>O servidor Ollama respondeu: {error}</translation>
        </message>
        <message>
            <source>Give the server's address, like http://192.168.1.20:8080.</source>
            <translation>Informe o endereço do servidor, por exemplo http://192.168.1.20:8080.</translation>
        </message>
        <message>
            <source>“{url}” is not a server address; give one like http://192.168.1.20:8080.</source>
            <translation>“{url}” não é um endereço de servidor; informe um endereço como http://192.168.1.20:8080.</translation>
        </message>
        <message>
            <source>The server at {computer} refused the API key; check the key in the settings.</source>
            <translation>O servidor em {computer} recusou a chave de API; confira a chave nas configurações.</translation>
        </message>
        <message>
            <source>The server at {computer} is still loading its model; try again in a moment.</source>
            <translation>O servidor em {computer} ainda está carregando o modelo; tente de novo daqui a pouco.</translation>
        </message>
        <message>
            <source>The server at {computer} does not offer this (wrong address or model name).</source>
            <translation>O servidor em {computer} não oferece isso (o endereço ou o nome do modelo está errado).</translation>
        </message>
        <message>
            <source>The server at {computer} answered with an error (HTTP {status}).</source>
            <translation>O servidor em {computer} respondeu com um erro (HTTP {status}).</translation>
        </message>
        <message>
            <source>The secure connection to {computer} failed: its certificate is not trusted by this computer.</source>
            <translation>A conexão segura com {computer} falhou: este computador não confia no certificado dele.</translation>
        </message>
        <message>
            <source>The server at {computer} did not answer in time.</source>
            <translation>O servidor em {computer} não respondeu a tempo.</translation>
        </message>
        <message>
            <source>Cannot reach the server at {computer}: is it running, and is the address right?</source>
            <translation>Não é possível acessar o servidor em {computer}: ele está em execução e o endereço está certo?</translation>
        </message>
        <message>
            <source>The server at {computer} could not be used ({kind}).</source>
            <translation>Não foi possível usar o servidor em {computer} ({kind}).</translation>
        </message>
        <message>
            <source>The server at {computer} is not one ShortChat can talk to.</source>
            <translation>O servidor em {computer} não é de um tipo com que o ShortChat consiga se comunicar.</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used for now.</source>
            <translation>Não foi possível ler o arquivo de configurações ({why}); por enquanto, os valores padrão estão sendo usados.</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used (the old file: {kept}).</source>
            <translation>Não foi possível ler o arquivo de configurações ({why}); os valores padrão estão sendo usados (o arquivo antigo: {kept}).</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used.</source>
            <translation>Não foi possível ler o arquivo de configurações ({why}); os valores padrão estão sendo usados.</translation>
        </message>
        <message>
            <source>The setting {name} had a value ShortChat cannot use; it is back to its default.</source>
            <translation>A configuração {name} tinha um valor que o ShortChat não pode usar; ela voltou ao valor padrão.</translation>
        </message>
        <message>
            <source>The settings could not be saved in {parent} ({why}); they stay as they are until ShortChat closes.</source>
            <translation>Não foi possível salvar as configurações em {parent} ({why}); elas ficam como estão até o ShortChat ser fechado.</translation>
        </message>
    </context>
    <context>
        <name>ExampleQuestions</name>
        <message>
            <source>Example questions</source>
            <translation>Perguntas de exemplo</translation>
        </message>
        <message>
            <source>Not sure where to start? Try one of these:</source>
            <translation>Não sabe por onde começar? Experimente uma destas:</translation>
        </message>
        <message>
            <source>These models answer best in English; questions in other languages get weaker replies.</source>
            <translation>Estes modelos respondem melhor em inglês; perguntas em outros idiomas recebem respostas mais fracas.</translation>
        </message>
        <message>
            <source>Ask this question</source>
            <translation>Fazer esta pergunta</translation>
        </message>
        <message>
            <source>Ask: {question}</source>
            <translation>Perguntar: {question}</translation>
        </message>
    </context>
    <context>
        <name>Fit</name>
        <message>
            <source>Fits easily</source>
            <translation>Cabe com folga</translation>
        </message>
        <message>
            <source>Fits, but close the other programs</source>
            <translation>Cabe, mas feche os outros programas</translation>
        </message>
        <message>
            <source>Too big for this computer</source>
            <translation>Grande demais para este computador</translation>
        </message>
        <message>
            <source>needs {size} of memory</source>
            <translation>precisa de {size} de memória</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>precisa de cerca de {size} de memória</translation>
        </message>
        <message>
            <source> and {size} on the GPU ({layers} layers)</source>
            <translation> e {size} na GPU ({layers} camadas)</translation>
        </message>
        <message>
            <source>; {free} of {total} is free</source>
            <translation>; {free} livres de {total}</translation>
        </message>
        <message>
            <source>Not published on the model hub yet</source>
            <translation>Ainda não publicado no hub de modelos</translation>
        </message>
        <message>
            <source> (not checked with the hub)</source>
            <translation> (não verificado com o hub)</translation>
        </message>
        <message>
            <source>Best quality that fits your {memory}: the {model} model at {quant}.</source>
            <translation>A melhor qualidade que cabe nos seus {memory}: o modelo {model} em {quant}.</translation>
        </message>
        <message>
            <source>Best quality that fits</source>
            <translation>A melhor qualidade que cabe</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Equilibrado</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: good answers, quick to reply.</source>
            <translation>O modelo {model} em {quant}: boas respostas, rápido para responder.</translation>
        </message>
        <message>
            <source>Smallest and fastest</source>
            <translation>O menor e mais rápido</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: the least memory and the quickest download ({size}), with simpler answers.</source>
            <translation>O modelo {model} em {quant}: a menor memória e o download mais rápido ({size}), com respostas mais simples.</translation>
        </message>
    </context>
    <context>
        <name>FitTable</name>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Quality level</source>
            <translation>Nível de qualidade</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Avaliação</translation>
        </message>
        <message>
            <source>Memory needed</source>
            <translation>Memória necessária</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidade</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <source>Longest chat</source>
            <translation>Conversa mais longa</translation>
        </message>
        <message>
            <source>Quality lost</source>
            <translation>Qualidade perdida</translation>
        </message>
        <message>
            <source>How many billion parameters the model has: bigger models know more and need more memory.</source>
            <translation>Quantos bilhões de parâmetros o modelo tem: modelos maiores sabem mais e precisam de mais memória.</translation>
        </message>
        <message>
            <source>Called the “quant” (e.g. Q4_K_M): how finely the model's numbers are stored. Higher levels (Q8_0) are closer to the original and need more memory; Q4_K_M is a good balance.</source>
            <translation>Também chamado de “quant” (ex.: Q4_K_M): a precisão com que os números do modelo são guardados. Níveis mais altos (Q8_0) ficam mais próximos do original e precisam de mais memória; Q4_K_M é um bom equilíbrio.</translation>
        </message>
        <message>
            <source>How much worse than the original the answers get at this quality level (lower is better).</source>
            <translation>Quanto as respostas pioram em relação ao original neste nível de qualidade (quanto menos, melhor).</translation>
        </message>
        <message>
            <source>The longest chat the model can see at once and still fit easily (a token is about ¾ of a word)</source>
            <translation>A conversa mais longa que o modelo consegue ver de uma vez e que ainda cabe com folga (um token é cerca de ¾ de palavra)</translation>
        </message>
        <message>
            <source>How fast it writes here: estimated from this computer's memory speed, or measured once the model has been used (a word is about 1.3 tokens)</source>
            <translation>A velocidade com que escreve aqui: estimada pela velocidade da memória deste computador, ou medida depois que o modelo for usado (uma palavra é cerca de 1,3 token)</translation>
        </message>
        <message>
            <source>{size}, measured</source>
            <translation>{size}, medido</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>cerca de {size}</translation>
        </message>
        <message>
            <source>almost none</source>
            <translation>quase nenhuma</translation>
        </message>
        <message>
            <source>very little</source>
            <translation>muito pouca</translation>
        </message>
        <message>
            <source>a little</source>
            <translation>um pouco</translation>
        </message>
        <message>
            <source>noticeable</source>
            <translation>perceptível</translation>
        </message>
        <message>
            <source>a lot</source>
            <translation>muita</translation>
        </message>
        <message>
            <source>Every size and quality level</source>
            <translation>Todos os tamanhos e níveis de qualidade</translation>
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
            <translation>Os criadores do modelo não publicaram este arquivo no hub.</translation>
        </message>
        <message>
            <source>(measured on this computer)</source>
            <translation>(medido neste computador)</translation>
        </message>
    </context>
    <context>
        <name>HubStatus</name>
        <message>
            <source>Try again</source>
            <translation>Tentar de novo</translation>
        </message>
        <message>
            <source>Ask the model hub again which models are available</source>
            <translation>Perguntar de novo ao hub de modelos quais modelos existem</translation>
        </message>
    </context>
    <context>
        <name>InstalledModels</name>
        <message>
            <source> · added from disk</source>
            <translation> · adicionado do disco</translation>
        </message>
        <message>
            <source>measured here: needs {size}, writes {speed}</source>
            <translation>medido aqui: precisa de {size}, escreve {speed}</translation>
        </message>
        <message>
            <source>measured the first time it is used</source>
            <translation>medido na primeira vez que for usado</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Em uso</translation>
        </message>
        <message>
            <source>The chat uses this model now</source>
            <translation>A conversa usa este modelo agora</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Usar</translation>
        </message>
        <message>
            <source>Chat with {model}</source>
            <translation>Conversar com {model}</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>Usar {model}</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Excluir…</translation>
        </message>
        <message>
            <source>Delete {model}</source>
            <translation>Excluir {model}</translation>
        </message>
        <message>
            <source>&lt;b&gt;On this computer&lt;/b&gt;</source>
            <translation>&lt;b&gt;Neste computador&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Compare two models…</source>
            <translation>Comparar dois modelos…</translation>
        </message>
        <message>
            <source>Ask two of your models the same question and see both answers side by side</source>
            <translation>Fazer a mesma pergunta a dois dos seus modelos e ver as duas respostas lado a lado</translation>
        </message>
        <message>
            <source>Models on this computer</source>
            <translation>Modelos neste computador</translation>
        </message>
    </context>
    <context>
        <name>LoadPlan</name>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} the models were trained on: late in a long chat the replies may stop making sense.</source>
            <translation>A memória da conversa está definida em {count} tokens, mais do que os {trained} com que os modelos foram treinados: quando a conversa ficar longa, as respostas podem deixar de fazer sentido.</translation>
        </message>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} this model was trained on: late in a long chat the replies may stop making sense.</source>
            <translation>A memória da conversa está definida em {count} tokens, mais do que os {trained} com que este modelo foi treinado: quando a conversa ficar longa, as respostas podem deixar de fazer sentido.</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat keeps this chat's memory in a compact form so it fits ({saved} less; replies come slower late in a long chat).</source>
            <translation>{model} precisa de cerca de {size} de memória para guardar {count} tokens de conversa, mais do que este computador tem disponível, então o ShortChat guarda a memória desta conversa em formato compacto para caber ({saved} a menos; as respostas ficam mais lentas quando a conversa se alonga).</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat works through this chat's memory in a leaner way so it fits ({saved} less; replies come a little slower late in a long chat).</source>
            <translation>{model} precisa de cerca de {size} de memória para guardar {count} tokens de conversa, mais do que este computador tem disponível, então o ShortChat gerencia a memória desta conversa de forma mais enxuta para caber ({saved} a menos; as respostas ficam um pouco mais lentas quando a conversa se alonga).</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory, more than this computer can spare.</source>
            <translation>{model} precisa de cerca de {size} de memória, mais do que este computador tem disponível.</translation>
        </message>
        <message>
            <source>{model} did not fit when loading.</source>
            <translation>{model} não coube na memória durante o carregamento.</translation>
        </message>
        <message>
            <source>ShortChat is loading it as asked.</source>
            <translation>O ShortChat está carregando o modelo como foi pedido.</translation>
        </message>
        <message>
            <source>ShortChat is loading it with {count} of its layers on the graphics card and the rest on the processor.</source>
            <translation>O ShortChat está carregando o modelo com {count} das suas camadas na placa de vídeo e o resto no processador.</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only (slower).</source>
            <translation>O ShortChat está carregando o modelo só no processador (mais lento).</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights and with this chat's memory in a compact form (about a third slower, {saved} less at its peak).</source>
            <translation>O ShortChat está carregando o modelo sem a cópia dos pesos que o deixa mais rápido e com a memória desta conversa em formato compacto (cerca de um terço mais lento, {saved} a menos no pico de uso).</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights (about a third slower, {saved} less at its peak).</source>
            <translation>O ShortChat está carregando o modelo sem a cópia dos pesos que o deixa mais rápido (cerca de um terço mais lento, {saved} a menos no pico de uso).</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller file of the same model, {saved} less memory).</source>
            <translation>Em vez disso, o ShortChat está carregando {model} (um arquivo menor do mesmo modelo, {saved} a menos de memória).</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller model, {saved} less memory).</source>
            <translation>Em vez disso, o ShortChat está carregando {model} (um modelo menor, {saved} a menos de memória).</translation>
        </message>
        <message>
            <source>It is loaded without its speed-up copy of the weights (about a third slower).</source>
            <translation>Ele é carregado sem a cópia dos pesos que o deixa mais rápido (cerca de um terço mais lento).</translation>
        </message>
        <message>
            <source>This chat's memory is kept in a compact form (slower late in a long chat).</source>
            <translation>A memória desta conversa fica em formato compacto (mais lento quando a conversa se alonga).</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>O ShortChat está carregando o modelo só no processador, com a memória desta conversa em formato compacto ({saved} a menos de memória, mais lento quando a conversa se alonga).</translation>
        </message>
        <message>
            <source>ShortChat is loading it with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>O ShortChat está carregando o modelo com a memória desta conversa em formato compacto ({saved} a menos de memória, mais lento quando a conversa se alonga).</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>O ShortChat está carregando o modelo só no processador, com a memória desta conversa gerenciada de forma mais enxuta ({saved} a menos de memória, um pouco mais lento quando a conversa se alonga).</translation>
        </message>
        <message>
            <source>ShortChat is loading it working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>O ShortChat está carregando o modelo com a memória desta conversa gerenciada de forma mais enxuta ({saved} a menos de memória, um pouco mais lento quando a conversa se alonga).</translation>
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
            <translation>Tamanho do texto {size} %</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Escolha um modelo primeiro.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Desfazer (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Chat deleted ·</source>
            <translation>Conversa excluída ·</translation>
        </message>
        <message>
            <source>The model will use the new settings the next time it loads.</source>
            <translation>O modelo usará as novas configurações na próxima vez que for carregado.</translation>
        </message>
        <message>
            <source>Add a model file</source>
            <translation>Adicionar um arquivo de modelo</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>Modelos GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>This file cannot be used</source>
            <translation>Este arquivo não pode ser usado</translation>
        </message>
        <message>
            <source>That model is in use; wait for the reply to end.</source>
            <translation>Esse modelo está em uso; espere a resposta terminar.</translation>
        </message>
        <message>
            <source>Comparing needs two downloaded models; “Choose a model” gets another one.</source>
            <translation>Para comparar, são necessários dois modelos baixados; “Escolher um modelo” baixa outro.</translation>
        </message>
        <message>
            <source>Wait for the reply (or stop it) first.</source>
            <translation>Espere a resposta (ou pare-a) primeiro.</translation>
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
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;Choose a model…</source>
            <translation>&amp;Escolher um modelo…</translation>
        </message>
        <message>
            <source>&amp;Add a model file…</source>
            <translation>&amp;Adicionar um arquivo de modelo…</translation>
        </message>
        <message>
            <source>Open the models &amp;folder</source>
            <translation>Abrir a &amp;pasta de modelos</translation>
        </message>
        <message>
            <source>&amp;Export this chat…</source>
            <translation>E&amp;xportar esta conversa…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configurações…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>&amp;Conversa</translation>
        </message>
        <message>
            <source>&amp;New chat</source>
            <translation>&amp;Nova conversa</translation>
        </message>
        <message>
            <source>&amp;Find in all chats…</source>
            <translation>&amp;Pesquisar em todas as conversas…</translation>
        </message>
        <message>
            <source>&amp;Stop the reply</source>
            <translation>Pa&amp;rar a resposta</translation>
        </message>
        <message>
            <source>&amp;Regenerate</source>
            <translation>&amp;Gerar de novo</translation>
        </message>
        <message>
            <source>C&amp;ontinue the reply</source>
            <translation>C&amp;ontinuar a resposta</translation>
        </message>
        <message>
            <source>&amp;Copy the last reply</source>
            <translation>&amp;Copiar a última resposta</translation>
        </message>
        <message>
            <source>Copy the &amp;whole chat</source>
            <translation>Copiar a conversa in&amp;teira</translation>
        </message>
        <message>
            <source>&amp;Instructions for this chat…</source>
            <translation>&amp;Instruções para esta conversa…</translation>
        </message>
        <message>
            <source>Rena&amp;me this chat…</source>
            <translation>Reno&amp;mear esta conversa…</translation>
        </message>
        <message>
            <source>&amp;Delete this chat</source>
            <translation>&amp;Excluir esta conversa</translation>
        </message>
        <message>
            <source>Compare &amp;two models…</source>
            <translation>Comparar &amp;dois modelos…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Exibir</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>Texto &amp;maior</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texto m&amp;enor</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>Tamanho de texto &amp;normal</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;Sobre o {app}</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de ferramentas principal</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Conversa</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Downloads</translation>
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
            <translation>Copiar esta mensagem</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Change this question and ask it again</source>
            <translation>Mudar esta pergunta e perguntar de novo</translation>
        </message>
        <message>
            <source>The version before</source>
            <translation>A versão anterior</translation>
        </message>
        <message>
            <source>The version after</source>
            <translation>A versão seguinte</translation>
        </message>
    </context>
    <context>
        <name>MessageBoxes</name>
        <message>
            <source>The models' licence</source>
            <translation>A licença dos modelos</translation>
        </message>
        <message>
            <source>The Shortened LLaMA models are for non-commercial use only.</source>
            <translation>Os modelos Shortened LLaMA são apenas para uso não comercial.</translation>
        </message>
        <message>
            <source>Nota AI made them from Vicuna v1.3, whose licence allows research and personal use, not use in a business. By downloading one you agree to that. (Help → About ShortChat shows all the licences.)</source>
            <translation>A Nota AI os criou a partir do Vicuna v1.3, cuja licença permite pesquisa e uso pessoal, mas não uso em uma empresa. Ao baixar um deles, você concorda com isso. (Ajuda → Sobre o ShortChat mostra todas as licenças.)</translation>
        </message>
        <message>
            <source>I agree, download</source>
            <translation>Concordo, baixar</translation>
        </message>
        <message>
            <source>This model is too big</source>
            <translation>Este modelo é grande demais</translation>
        </message>
        <message>
            <source>{model} needs about {needed} of memory, but this computer has {total} in all and {free} free, and none of your other models fits either.</source>
            <translation>{model} precisa de cerca de {needed} de memória, mas este computador tem {total} no total e {free} livres, e nenhum dos seus outros modelos cabe.</translation>
        </message>
        <message>
            <source>Loading it could make the whole computer very slow until ShortChat is closed.</source>
            <translation>Carregá-lo pode deixar o computador inteiro muito lento até o ShortChat ser fechado.</translation>
        </message>
        <message>
            <source>The best one that fits is {model}.</source>
            <translation>O melhor que cabe é {model}.</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>Usar {model}</translation>
        </message>
        <message>
            <source>Load it anyway</source>
            <translation>Carregar mesmo assim</translation>
        </message>
        <message>
            <source>Delete the model?</source>
            <translation>Excluir o modelo?</translation>
        </message>
        <message>
            <source>Delete {model} ({size}) from this computer?</source>
            <translation>Excluir {model} ({size}) deste computador?</translation>
        </message>
        <message>
            <source>A reply is still being written (what it has written so far is kept).</source>
            <translation>Uma resposta ainda está sendo escrita (o que já foi escrito é mantido).</translation>
        </message>
        <message>
            <source>A download is running (it goes on from where it stopped the next time ShortChat starts).</source>
            <translation>Há um download em andamento (ele continua de onde parou na próxima vez que o ShortChat for aberto).</translation>
        </message>
        <message>
            <source>Close ShortChat?</source>
            <translation>Fechar o ShortChat?</translation>
        </message>
    </context>
    <context>
        <name>MessageInput</name>
        <message>
            <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>Escreva uma mensagem… (Enter envia, Shift+Enter para uma nova linha)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. ShortChat is using {other} instead.</source>
            <translation>O modelo que você usou da última vez, {model}, não está mais neste computador. O ShortChat está usando {other} no lugar dele.</translation>
        </message>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. Choose one to download below, or add a model file you have.</source>
            <translation>O modelo que você usou da última vez, {model}, não está mais neste computador. Escolha abaixo um para baixar ou adicione um arquivo de modelo que você tenha.</translation>
        </message>
        <message>
            <source>Downloading {model}. You can keep chatting meanwhile.</source>
            <translation>Baixando {model}. Você pode continuar conversando enquanto isso.</translation>
        </message>
        <message>
            <source>Downloading {model}.</source>
            <translation>Baixando {model}.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} with {gpu_free} free.</source>
            <translation>Este computador: {total} de memória ({free} livres), {gpu} com {gpu_free} livres.</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} (not used by this version of ShortChat).</source>
            <translation>Este computador: {total} de memória ({free} livres), {gpu} (não usada por esta versão do ShortChat).</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), no graphics card ShortChat can use.</source>
            <translation>Este computador: {total} de memória ({free} livres), nenhuma placa de vídeo que o ShortChat possa usar.</translation>
        </message>
        <message>
            <source>Choose a model</source>
            <translation>Escolha um modelo</translation>
        </message>
        <message>
            <source>Looking at this computer…</source>
            <translation>Examinando este computador…</translation>
        </message>
        <message>
            <source>Simple</source>
            <translation>Simples</translation>
        </message>
        <message>
            <source>All sizes and quality levels</source>
            <translation>Todos os tamanhos e níveis de qualidade</translation>
        </message>
        <message>
            <source>Add a file from disk…</source>
            <translation>Adicionar um arquivo do disco…</translation>
        </message>
        <message>
            <source>Back to the chat</source>
            <translation>Voltar à conversa</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Baixar</translation>
        </message>
        <message>
            <source>chats up to {count} tokens</source>
            <translation>conversas de até {count} tokens</translation>
        </message>
        <message>
            <source>no room for a chat</source>
            <translation>sem espaço para uma conversa</translation>
        </message>
        <message>
            <source>measured on this computer</source>
            <translation>medido neste computador</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>estimado</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Em uso</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Usar este modelo</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Baixando…</translation>
        </message>
        <message>
            <source>Download (needs the internet)</source>
            <translation>Baixar (precisa de internet)</translation>
        </message>
        <message>
            <source>Download ({size})</source>
            <translation>Baixar ({size})</translation>
        </message>
    </context>
    <context>
        <name>ModelSession</name>
        <message>
            <source>Loading {model}…</source>
            <translation>Carregando {model}…</translation>
        </message>
        <message>
            <source>Loading {model}… {percent} %</source>
            <translation>Carregando {model}… {percent} %</translation>
        </message>
        <message>
            <source>Loaded in {seconds} s, {count} tokens of context</source>
            <translation>Carregado em {seconds} s, memória da conversa de {count} tokens</translation>
        </message>
        <message>
            <source>Ready: {model}</source>
            <translation>Pronto: {model}</translation>
        </message>
        <message>
            <source>No model loaded</source>
            <translation>Nenhum modelo carregado</translation>
        </message>
    </context>
    <context>
        <name>QualityChart</name>
        <message>
            <source>Chart of answer quality against memory needed</source>
            <translation>Gráfico da qualidade das respostas pela memória necessária</translation>
        </message>
        <message>
            <source>Each dot is one download. Higher is better quality; further right needs more memory.</source>
            <translation>Cada ponto é um download. Mais alto é melhor qualidade; mais à direita precisa de mais memória.</translation>
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
            <translation>servidor compatível com OpenAI</translation>
        </message>
        <message>
            <source>The prompt is sent as text: typed control words such as &lt;/s&gt; are broken with an invisible character so they stay text</source>
            <translation>O prompt é enviado como texto: palavras de controle digitadas, como &lt;/s&gt;, são quebradas com um caractere invisível para continuarem sendo texto</translation>
        </message>
        <message>
            <source>The prompt is sent as tokens: typed text is always text, exactly as on this computer</source>
            <translation>O prompt é enviado como tokens: o texto digitado é sempre texto, exatamente como neste computador</translation>
        </message>
        <message>
            <source>{server} at {computer} — no model offered yet</source>
            <translation>{server} em {computer} — nenhum modelo oferecido ainda</translation>
        </message>
        <message>
            <source>{server} at {computer} — {model}</source>
            <translation>{server} em {computer} — {model}</translation>
        </message>
        <message>
            <source>, chat memory {tokens} tokens</source>
            <translation>, memória da conversa de {tokens} tokens</translation>
        </message>
        <message>
            <source> (and %n more)</source>
            <translation> (e mais %n)</translation>
        </message>
    </context>
    <context>
        <name>RemoteModels</name>
        <message>
            <source>chat memory {count} tokens</source>
            <translation>memória da conversa de {count} tokens</translation>
        </message>
        <message>
            <source>chat memory as the server sets it</source>
            <translation>memória da conversa definida pelo servidor</translation>
        </message>
        <message>
            <source>speed measured after its first reply</source>
            <translation>velocidade medida após a primeira resposta</translation>
        </message>
        <message>
            <source>writes {speed}, measured from here</source>
            <translation>escreve {speed}, medido daqui</translation>
        </message>
        <message>
            <source>Chat with {model} on the server at {url}</source>
            <translation>Conversar com {model} no servidor em {url}</translation>
        </message>
        <message>
            <source>Ask the servers again</source>
            <translation>Perguntar aos servidores de novo</translation>
        </message>
        <message>
            <source>See which models the computers in Settings → Other computers offer now</source>
            <translation>Veja quais modelos os computadores em Configurações → Outros computadores oferecem agora</translation>
        </message>
        <message>
            <source>On other computers</source>
            <translation>Em outros computadores</translation>
        </message>
        <message>
            <source>Models on other computers</source>
            <translation>Modelos em outros computadores</translation>
        </message>
        <message>
            <source>{url}: asking the server…</source>
            <translation>{url}: perguntando ao servidor…</translation>
        </message>
        <message>
            <source>{model} at {url}</source>
            <translation>{model} em {url}</translation>
        </message>
        <message>
            <source>Other computers</source>
            <translation>Outros computadores</translation>
        </message>
        <message>
            <source>Servers on other computers</source>
            <translation>Servidores em outros computadores</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Endereço do servidor</translation>
        </message>
        <message>
            <source>API key, if the server has one</source>
            <translation>Chave de API, se o servidor tiver uma</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Chave de API</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Testar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <source>Models on other computers: chat with a model running on a bigger computer (llama-server, Ollama, or an OpenAI-compatible server).</source>
            <translation>Modelos em outros computadores: converse com um modelo rodando em um computador maior (llama-server, Ollama ou um servidor compatível com OpenAI).</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Perguntando ao servidor…</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Removido.</translation>
        </message>
        <message>
            <source>{model} on {computer}</source>
            <translation>{model} em {computer}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Same as this computer</source>
            <translation>Igual a este computador</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>Instructions for the model</source>
            <translation>Instruções para o modelo</translation>
        </message>
        <message>
            <source>Reset to default</source>
            <translation>Restaurar o padrão</translation>
        </message>
        <message>
            <source>Put back the instructions ShortChat starts with</source>
            <translation>Voltar às instruções com que o ShortChat começa</translation>
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
            <translation>camadas na GPU</translation>
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
            <translation>Tamanho do texto</translation>
        </message>
        <message>
            <source> GB</source>
            <translation> GB</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desligado</translation>
        </message>
        <message>
            <source>Disk for reopening chats</source>
            <translation>Disco para reabrir conversas</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <source>Delete what is kept; long chats are read again the next time</source>
            <translation>Apagar o que está guardado; conversas longas serão lidas de novo na próxima vez</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Respostas</translation>
        </message>
        <message>
            <source>What the model is told before every chat (a chat can have its own: Chat menu).</source>
            <translation>O que o modelo ouve antes de cada conversa (uma conversa pode ter as próprias: menu Conversa).</translation>
        </message>
        <message>
            <source>Creativity</source>
            <translation>Criatividade</translation>
        </message>
        <message>
            <source>0 gives the likeliest words; higher gives more varied ones.</source>
            <translation>0 dá as palavras mais prováveis; mais alto dá palavras mais variadas.</translation>
        </message>
        <message>
            <source>Called “temperature”. At 0 the model always picks its likeliest next word, so the same question gets the same reply; higher values pick less likely words more often. 0.7 is a good start.</source>
            <translation>Chamado de “temperature”. Em 0 o modelo sempre escolhe a próxima palavra mais provável, então a mesma pergunta recebe a mesma resposta; valores mais altos escolhem palavras menos prováveis com mais frequência. 0,7 é um bom começo.</translation>
        </message>
        <message>
            <source>Word choice</source>
            <translation>Escolha de palavras</translation>
        </message>
        <message>
            <source>Lower keeps replies to the most probable words.</source>
            <translation>Valores mais baixos limitam as respostas às palavras mais prováveis.</translation>
        </message>
        <message>
            <source>Called “top-p”. Before each word the model keeps only its likeliest candidates whose chances add up to this share: 0.95 leaves out the rarest 5 %; lower values give safer, plainer replies.</source>
            <translation>Chamado de “top-p”. Antes de cada palavra o modelo mantém só as candidatas mais prováveis cujas chances somam esta fração: 0,95 deixa de fora os 5 % mais raros; valores mais baixos dão respostas mais seguras e simples.</translation>
        </message>
        <message>
            <source>Longest reply</source>
            <translation>Tamanho máximo da resposta</translation>
        </message>
        <message>
            <source>A token is a word or a piece of one (about ¾ of a word).</source>
            <translation>Um token é uma palavra ou um pedaço de uma (cerca de ¾ de uma palavra em inglês).</translation>
        </message>
        <message>
            <source>Called “max tokens”: the reply stops after this many tokens even if the model is not done.</source>
            <translation>Chamado de “max tokens”: a resposta para depois de tantos tokens, mesmo que o modelo não tenha terminado.</translation>
        </message>
        <message>
            <source>Memory and speed</source>
            <translation>Memória e velocidade</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>Memória da conversa</translation>
        </message>
        <message>
            <source>How much of the chat the model sees at once; more needs more memory. Automatic: the most that fits easily here.</source>
            <translation>Quanto da conversa o modelo vê de uma vez; quanto mais, mais memória é necessária. Automático: o máximo que cabe aqui com folga.</translation>
        </message>
        <message>
            <source>Called the “context”, counted in tokens. Older parts of a longer chat are left out of what the model sees.</source>
            <translation>Chamado de “contexto”, contado em tokens. As partes mais antigas de uma conversa longa ficam fora do que o modelo vê.</translation>
        </message>
        <message>
            <source>Processor cores</source>
            <translation>Núcleos do processador</translation>
        </message>
        <message>
            <source>How many processor cores work on a reply. Automatic: all of them.</source>
            <translation>Quantos núcleos do processador trabalham numa resposta. Automático: todos.</translation>
        </message>
        <message>
            <source>Called “CPU threads”: how many parts of the processor work on a reply at the same time. More than the computer has makes replies slower, not faster.</source>
            <translation>Chamado de “CPU threads”: quantas partes do processador trabalham ao mesmo tempo numa resposta. Mais do que o computador tem deixa as respostas mais lentas, não mais rápidas.</translation>
        </message>
        <message>
            <source>Graphics card</source>
            <translation>Placa de vídeo</translation>
        </message>
        <message>
            <source>How much of the model runs on the graphics card. Automatic: as much as fits.</source>
            <translation>Quanto do modelo roda na placa de vídeo. Automático: o quanto couber.</translation>
        </message>
        <message>
            <source>Called “GPU layers”: the model is a stack of layers, and this many of them run on the graphics card, which is faster; the rest run on the processor.</source>
            <translation>Chamado de “GPU layers”: o modelo é uma pilha de camadas, e esta quantidade delas roda na placa de vídeo, que é mais rápida; o resto roda no processador.</translation>
        </message>
        <message>
            <source>Memory, cores and graphics card take effect the next time a model loads.</source>
            <translation>Memória, núcleos e placa de vídeo passam a valer na próxima vez que um modelo for carregado.</translation>
        </message>
        <message>
            <source>Memory and cores take effect the next time a model loads.</source>
            <translation>Memória e núcleos passam a valer na próxima vez que um modelo for carregado.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Aparência</translation>
        </message>
        <message>
            <source>Light or dark, or whatever this computer uses.</source>
            <translation>Claro ou escuro, ou o que este computador usa.</translation>
        </message>
        <message>
            <source>The window's language; it changes the next time ShortChat starts.</source>
            <translation>O idioma da janela; muda na próxima vez que o ShortChat for aberto.</translation>
        </message>
        <message>
            <source>Of this computer's own text size, for the whole window and the chat. Anywhere: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 back to 100 %.</source>
            <translation>Em relação ao tamanho de texto deste computador, para a janela toda e a conversa. Em qualquer lugar: Ctrl+= maior, Ctrl+- menor, Ctrl+0 volta a 100 %.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Arquivos</translation>
        </message>
        <message>
            <source>{size} used</source>
            <translation>{size} em uso</translation>
        </message>
        <message>
            <source>Models folder</source>
            <translation>Pasta de modelos</translation>
        </message>
        <message>
            <source>Where downloaded models are kept.</source>
            <translation>Onde os modelos baixados ficam guardados.</translation>
        </message>
        <message>
            <source>Reopening chats</source>
            <translation>Reabrir conversas</translation>
        </message>
        <message>
            <source>Disk space for what the model has read of your recent chats, so a long chat continues at once instead of being read again. The least recently used go first when it is full.</source>
            <translation>Espaço em disco para o que o modelo leu das suas conversas recentes, para que uma conversa longa continue na hora em vez de ser lida de novo. Quando enche, o usado há mais tempo sai primeiro.</translation>
        </message>
        <message>
            <source>llama.cpp's state (its KV cache) of each recent chat, saved after a reply and used again only when the chat, the model and its settings are exactly the same.</source>
            <translation>O estado do llama.cpp (seu cache KV) de cada conversa recente, salvo depois de uma resposta e usado de novo só quando a conversa, o modelo e as configurações são exatamente os mesmos.</translation>
        </message>
        <message>
            <source>Other apps</source>
            <translation>Outros apps</translation>
        </message>
        <message>
            <source>Other programs on this computer can use the model loaded here. Takes effect at once.</source>
            <translation>Outros programas deste computador podem usar o modelo carregado aqui. Vale na hora.</translation>
        </message>
        <message>
            <source>An OpenAI-compatible API at this address, for this computer only (as `shortchat serve`).</source>
            <translation>Uma API compatível com a OpenAI neste endereço, só para este computador (como `shortchat serve`).</translation>
        </message>
        <message>
            <source>Instructions for this chat</source>
            <translation>Instruções para esta conversa</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>Usar o padrão</translation>
        </message>
        <message>
            <source>What the model is told before this chat (the other chats keep theirs):</source>
            <translation>O que o modelo ouve antes desta conversa (as outras conversas mantêm as delas):</translation>
        </message>
    </context>
    <context>
        <name>SimpleChoices</name>
        <message>
            <source>No model fits this computer's memory right now. Close other programs, or look at “All sizes and quality levels” for the smallest ones.</source>
            <translation>Nenhum modelo cabe na memória deste computador agora. Feche outros programas ou veja os menores em “Todos os tamanhos e níveis de qualidade”.</translation>
        </message>
        <message>
            <source>{model}: not published on the model hub yet, so it cannot be downloaded.</source>
            <translation>{model}: ainda não publicado no hub de modelos, então não pode ser baixado.</translation>
        </message>
        <message>
            <source>{model}: not known yet (the model hub could not be reached).</source>
            <translation>{model}: ainda desconhecido (não foi possível acessar o hub de modelos).</translation>
        </message>
        <message>
            <source>Asking the model hub which models are available…</source>
            <translation>Perguntando ao hub de modelos quais modelos existem…</translation>
        </message>
        <message>
            <source>needs {size} of memory (measured here)</source>
            <translation>precisa de {size} de memória (medido aqui)</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>precisa de cerca de {size} de memória</translation>
        </message>
        <message>
            <source>On this computer, {size}</source>
            <translation>Neste computador, {size}</translation>
        </message>
        <message>
            <source>Download {size}</source>
            <translation>Baixar {size}</translation>
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
            <translation>mais de {count} palavras/s</translation>
        </message>
        <message>
            <source>{count} words/s</source>
            <translation>{count} palavras/s</translation>
        </message>
        <message>
            <source>speed unknown</source>
            <translation>velocidade desconhecida</translation>
        </message>
        <message>
            <source>{speed}, measured</source>
            <translation>{speed}, medida</translation>
        </message>
        <message>
            <source>about {speed}</source>
            <translation>cerca de {speed}</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>No model loaded</source>
            <translation>Nenhum modelo carregado</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>Memória da conversa</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>Carregando o modelo</translation>
        </message>
        <message>
            <source>The model stopped · it loads again when you send</source>
            <translation>O modelo parou · ele será carregado de novo quando você enviar uma mensagem</translation>
        </message>
    </context>
</TS>