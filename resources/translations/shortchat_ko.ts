<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>About</name>
        <message>
            <source>The licence texts are missing from this installation.</source>
            <translation>이 설치본에는 라이선스 문서가 없습니다.</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>{app} 정보</translation>
        </message>
        <message>
            <source>Chat offline with Nota AI's pruned Vicuna models.</source>
            <translation>Nota AI가 가지치기한 Vicuna 모델과 오프라인으로 대화합니다.</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>라이선스</translation>
        </message>
    </context>
    <context>
        <name>ApiSharing</name>
        <message>
            <source>Let other apps on this computer use ShortChat</source>
            <translation>이 컴퓨터의 다른 앱이 ShortChat을 쓰도록 허용</translation>
        </message>
        <message>
            <source>Address for other apps</source>
            <translation>다른 앱이 쓸 주소</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>꺼짐</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something unexpected went wrong ({kind}).
Details were written to the log in {folder}.</source>
            <translation>예상하지 못한 문제가 생겼습니다({kind}).
자세한 내용은 {folder}의 로그에 기록했습니다.</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Rename this chat</source>
            <translation>이 대화 이름 바꾸기</translation>
        </message>
        <message>
            <source>A new name for this chat:</source>
            <translation>이 대화의 새 이름:</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>어제</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>이전</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>새 대화</translation>
        </message>
        <message>
            <source>Start a new chat (Ctrl+N)</source>
            <translation>새 대화 시작 (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search all chats…</source>
            <translation>모든 대화에서 찾기…</translation>
        </message>
        <message>
            <source>Search all chats</source>
            <translation>모든 대화에서 찾기</translation>
        </message>
        <message>
            <source>Chats</source>
            <translation>대화 목록</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>찾은 결과가 없습니다.</translation>
        </message>
        <message>
            <source>Your chats will be listed here.</source>
            <translation>대화가 여기에 표시됩니다.</translation>
        </message>
        <message>
            <source>Chats of {day}</source>
            <translation>{day}의 대화</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>이름 바꾸기…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
    </context>
    <context>
        <name>ChatMemory</name>
        <message>
            <source>Chat memory {percent} % full</source>
            <translation>대화 기억 {percent} % 사용</translation>
        </message>
        <message>
            <source> · the oldest are left out</source>
            <translation> · 가장 오래된 메시지는 빠졌습니다</translation>
        </message>
        <message>
            <source> · the oldest go soon</source>
            <translation> · 곧 가장 오래된 메시지가 빠집니다</translation>
        </message>
        <message>
            <source>How much of what the model can keep in mind ({tokens} tokens, about {words} words) this chat uses. When it is full, the oldest messages are left out of what the model reads.</source>
            <translation>이 대화가 모델이 기억할 수 있는 양({tokens} 토큰, 약 {words} 단어) 중 얼마를 쓰는지 보여 줍니다. 가득 차면 가장 오래된 메시지부터 모델이 읽는 내용에서 빠집니다.</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its oldest exchange was left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>이제 이 대화는 모델이 기억할 수 있는 양보다 깁니다. 그래서 이번 답변에서는 가장 오래된 질문과 답변 한 쌍을 모델이 읽지 않았습니다. 새 대화(Ctrl+N)는 처음부터 새로 시작합니다.</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its %n oldest exchanges were left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>이제 이 대화는 모델이 기억할 수 있는 양보다 깁니다. 그래서 이번 답변에서는 가장 오래된 질문과 답변 %n쌍을 모델이 읽지 않았습니다. 새 대화(Ctrl+N)는 처음부터 새로 시작합니다.</translation>
        </message>
        <message>
            <source>A longer chat memory (Settings → Chat memory) may also fit on this computer.</source>
            <translation>이 컴퓨터에는 더 긴 대화 기억(설정 → 대화 기억)도 들어갈 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>ChatPage</name>
        <message>
            <source>Ask anything. Everything stays on this computer.</source>
            <translation>무엇이든 물어보세요. 모든 내용은 이 컴퓨터 안에만 남습니다.</translation>
        </message>
        <message>
            <source>Editing an earlier message: Send asks it again as a new version (the old one stays, ‹ › switches between them).</source>
            <translation>앞의 메시지를 고치는 중입니다. 보내기를 누르면 새 버전으로 다시 묻습니다(이전 버전도 남으며 ‹ ›로 오갈 수 있습니다).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Stop editing and keep the message as it was (Esc)</source>
            <translation>고치기를 그만두고 메시지를 원래대로 둡니다 (Esc)</translation>
        </message>
        <message>
            <source>The reply stopped at its length limit.</source>
            <translation>답변이 길이 제한에 닿아 멈췄습니다.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>이어 쓰기</translation>
        </message>
        <message>
            <source>Go on writing this reply from where it stopped (Ctrl+Shift+Enter)</source>
            <translation>멈춘 곳부터 이 답변을 이어서 씁니다 (Ctrl+Shift+Enter)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>보내기</translation>
        </message>
        <message>
            <source>Send or stop</source>
            <translation>보내기 또는 멈추기</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>다시 쓰기</translation>
        </message>
        <message>
            <source>Write the last reply again (Ctrl+R)</source>
            <translation>마지막 답변을 다시 씁니다 (Ctrl+R)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>멈추기</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>답변 멈추기 (Esc)</translation>
        </message>
        <message>
            <source>Send the message (Enter)</source>
            <translation>메시지 보내기 (Enter)</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>대화</translation>
        </message>
        <message>
            <source>The messages of this chat. Ctrl+Up and Ctrl+Down read the messages one by one; Alt+Down and Alt+Up move between a message's buttons; a finished reply is read out once.</source>
            <translation>이 대화의 메시지입니다. Ctrl+위 화살표와 Ctrl+아래 화살표로 메시지를 하나씩 읽고, Alt+아래 화살표와 Alt+위 화살표로 메시지의 버튼 사이를 오갑니다. 끝난 답변은 한 번 읽어 줍니다.</translation>
        </message>
        <message>
            <source>{author} replied: {reply}</source>
            <translation>{author}의 답변: {reply}</translation>
        </message>
        <message>
            <source>Message copied</source>
            <translation>메시지를 복사했습니다</translation>
        </message>
        <message>
            <source>Code copied</source>
            <translation>코드를 복사했습니다</translation>
        </message>
        <message>
            <source>Show earlier messages</source>
            <translation>이전 메시지 보기</translation>
        </message>
        <message>
            <source>{author}, message {number} of {count}: {text}</source>
            <translation>{author}, {count}개 중 {number}번째 메시지: {text}</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Model {side}</source>
            <translation>모델 {side}</translation>
        </message>
        <message>
            <source>Answers of model {side}</source>
            <translation>모델 {side}의 답변</translation>
        </message>
        <message>
            <source>The answers of {side} appear here.</source>
            <translation>{side}의 답변이 여기에 나타납니다.</translation>
        </message>
        <message>
            <source>Speed of model {side}</source>
            <translation>모델 {side}의 속도</translation>
        </message>
        <message>
            <source>Compare two models</source>
            <translation>두 모델 비교</translation>
        </message>
        <message>
            <source>Ask both models the same question. They answer one after the other, so each gets the whole computer and the speeds are fair; follow-up questions continue both chats.</source>
            <translation>두 모델에게 같은 질문을 합니다. 차례로 답하므로 각자 컴퓨터 전체를 쓰고 속도도 공정하게 비교됩니다. 이어지는 질문은 두 대화 모두에 이어집니다.</translation>
        </message>
        <message>
            <source>A question for both… (Enter asks)</source>
            <translation>두 모델에게 할 질문… (Enter로 묻기)</translation>
        </message>
        <message>
            <source>Ask both</source>
            <translation>둘 다에게 묻기</translation>
        </message>
        <message>
            <source>You</source>
            <translation>나</translation>
        </message>
        <message>
            <source>{side} is answering ({model})…</source>
            <translation>{side}이(가) 답변하는 중입니다({model})…</translation>
        </message>
        <message>
            <source>Both models stay loaded: they fit in memory together.</source>
            <translation>두 모델 모두 불러온 상태로 둡니다. 함께 메모리에 들어갑니다.</translation>
        </message>
        <message>
            <source>One model in memory at a time: they load in turn.</source>
            <translation>메모리에는 한 번에 한 모델만 둡니다. 차례로 불러옵니다.</translation>
        </message>
        <message>
            <source>One of them answers from another computer, so both stay ready.</source>
            <translation>둘 중 하나는 다른 컴퓨터에서 답하므로 둘 다 준비된 상태로 있습니다.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>멈추기</translation>
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
            <translation>{count} 토큰</translation>
        </message>
        <message>
            <source>{seconds} s in all, loading included</source>
            <translation>모두 {seconds}초(불러오기 포함)</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <source>Writing: {rate} tokens/s (after the first token, which is what the verdict compares). First token after {seconds} s (reading the prompt, {count} tokens).</source>
            <translation>쓰기: 초당 {rate} 토큰(첫 토큰 이후, 판정이 비교하는 값). 첫 토큰까지 {seconds}초(프롬프트 읽기, {count} 토큰).</translation>
        </message>
        <message>
            <source>The answers are too short to tell which writes faster (under {count} tokens): ask for a longer one.</source>
            <translation>답변이 너무 짧아({count} 토큰 미만) 어느 쪽이 더 빨리 쓰는지 알 수 없습니다. 더 긴 답변을 요청하세요.</translation>
        </message>
        <message>
            <source>They wrote about as fast as each other (the difference is within measuring noise).</source>
            <translation>둘은 거의 같은 속도로 썼습니다(차이가 측정 오차 안에 있습니다).</translation>
        </message>
        <message>
            <source>{name} wrote faster: {faster} against {slower}, {ratio} times as fast.</source>
            <translation>{name}이(가) 더 빨리 썼습니다: {faster} 대 {slower}, {ratio}배 빠릅니다.</translation>
        </message>
        <message>
            <source>{name}: {rate} tokens/s</source>
            <translation>{name}: 초당 {rate} 토큰</translation>
        </message>
        <message>
            <source>Writing speed after the first token ({rates}). Loading and reading the prompt are left out; a difference under {share} is noise, and answers under {count} tokens are too short to measure.</source>
            <translation>첫 토큰 이후의 쓰기 속도({rates}). 불러오기와 프롬프트 읽기는 빼고 계산합니다. {share} 미만의 차이는 오차이며, {count} 토큰 미만의 답변은 너무 짧아 측정할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Conversation</name>
        <message>
            <source>Your message was not sent. {reason}</source>
            <translation>메시지를 보내지 못했습니다. {reason}</translation>
        </message>
        <message>
            <source>You</source>
            <translation>나</translation>
        </message>
        <message>
            <source>The reply will start as soon as the model is loaded.</source>
            <translation>모델을 불러오는 대로 답변을 시작합니다.</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>먼저 모델을 고르세요.</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>어시스턴트</translation>
        </message>
        <message>
            <source>Reading the chat… {percent} %</source>
            <translation>대화를 읽는 중… {percent} %</translation>
        </message>
        <message>
            <source>{speed} tokens/s · {count} tokens</source>
            <translation>초당 {speed} 토큰 · {count} 토큰</translation>
        </message>
        <message>
            <source> · stopped at the length limit</source>
            <translation> · 길이 제한에서 멈춤</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>끝나지 않음</translation>
        </message>
        <message>
            <source>Stop the reply first (Esc).</source>
            <translation>먼저 답변을 멈추세요 (Esc).</translation>
        </message>
        <message>
            <source>Wait for the reply to end, or stop it (Esc).</source>
            <translation>답변이 끝날 때까지 기다리거나 멈추세요 (Esc).</translation>
        </message>
        <message>
            <source>There is no chat to export yet.</source>
            <translation>아직 내보낼 대화가 없습니다.</translation>
        </message>
        <message>
            <source>Export the chat</source>
            <translation>대화 내보내기</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The chat could not be saved there: {reason}.</source>
            <translation>그곳에 대화를 저장하지 못했습니다: {reason}.</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file}에 저장했습니다</translation>
        </message>
        <message>
            <source>The whole chat was copied</source>
            <translation>대화 전체를 복사했습니다</translation>
        </message>
        <message>
            <source>Reply copied</source>
            <translation>답변을 복사했습니다</translation>
        </message>
    </context>
    <context>
        <name>Download</name>
        <message>
            <source>You are offline (the model hub could not be reached); downloaded models still work. Connect to the internet to download new ones.</source>
            <translation>오프라인 상태입니다(모델 허브에 연결할 수 없습니다). 다운로드한 모델은 그대로 쓸 수 있습니다. 새 모델을 다운로드하려면 인터넷에 연결하세요.</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached. Your models work as usual; to download another one, connect to the internet and press Try again.</source>
            <translation>오프라인 상태입니다. 모델 허브에 연결할 수 없습니다. 가지고 있는 모델은 평소처럼 쓸 수 있습니다. 다른 모델을 다운로드하려면 인터넷에 연결한 뒤 다시 시도를 누르세요.</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached, and no model is on this computer yet. Connect to the internet and press Try again, or use “Add a file from disk…” for a model file you already have.</source>
            <translation>오프라인 상태입니다. 모델 허브에 연결할 수 없고, 이 컴퓨터에는 아직 모델이 없습니다. 인터넷에 연결한 뒤 다시 시도를 누르거나, 이미 가지고 있는 모델 파일은 “디스크에서 파일 추가…”로 추가하세요.</translation>
        </message>
        <message>
            <source>Another ShortChat is downloading {name} right now; waiting for it to finish…</source>
            <translation>다른 ShortChat이 지금 {name}을(를) 다운로드하고 있습니다. 끝나기를 기다리는 중…</translation>
        </message>
        <message>
            <source>The partly downloaded {file} disappeared from the models folder. Please download it again.</source>
            <translation>일부만 다운로드된 {file}이(가) 모델 폴더에서 사라졌습니다. 다시 다운로드하세요.</translation>
        </message>
        <message>
            <source>The downloaded {file} is damaged (its checksum does not match the hub's), so it was deleted. Please download it again.</source>
            <translation>다운로드한 {file}이(가) 손상되어(체크섬이 허브의 값과 다릅니다) 삭제했습니다. 다시 다운로드하세요.</translation>
        </message>
        <message>
            <source>The connection was lost at {done} of {total}. Try again later: the download will continue from there.</source>
            <translation>{total} 중 {done}에서 연결이 끊겼습니다. 나중에 다시 시도하세요. 다운로드는 그 지점부터 이어집니다.</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in a moment (attempt {attempt} of {attempts}).</source>
            <translation>모델 허브와의 연결이 {total} 중 {done}에서 멈췄습니다. 잠시 후 다시 시도합니다({attempts}번 중 {attempt}번째).</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in {pause} (attempt {attempt} of {attempts}).</source>
            <translation>모델 허브와의 연결이 {total} 중 {done}에서 멈췄습니다. {pause} 후에 다시 시도합니다({attempts}번 중 {attempt}번째).</translation>
        </message>
        <message>
            <source>Not enough disk space for {file}: it needs {needed} free (with a little room to spare), but only {free} is free. Free some space, or choose a smaller model.</source>
            <translation>{file}을(를) 저장할 디스크 공간이 부족합니다. 여유분을 포함해 {needed}이(가) 비어 있어야 하지만 {free}만 비어 있습니다. 공간을 확보하거나 더 작은 모델을 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <source>Asking the model hub…</source>
            <translation>모델 허브에 묻는 중…</translation>
        </message>
        <message>
            <source>Checking what was already downloaded… {share}</source>
            <translation>이미 다운로드한 부분을 확인하는 중… {share}</translation>
        </message>
        <message>
            <source>Verifying the file…</source>
            <translation>파일을 검증하는 중…</translation>
        </message>
        <message>
            <source>Downloaded and verified ✓</source>
            <translation>다운로드 및 검증 완료 ✓</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{total} 중 {done}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <translation>{size}/초</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>{time} 남음</translation>
        </message>
        <message>
            <source>Download of {model}</source>
            <translation>{model} 다운로드</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>멈추기</translation>
        </message>
        <message>
            <source>Stop downloading {model}</source>
            <translation>{model} 다운로드 중지</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>계속</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>지우기</translation>
        </message>
        <message>
            <source>Remove from this list (and delete what was downloaded of an unfinished file)</source>
            <translation>목록에서 지웁니다(끝나지 않은 파일은 받은 부분도 지웁니다)</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>숨기기</translation>
        </message>
        <message>
            <source>No data for {seconds} s · retrying</source>
            <translation>{seconds}초 동안 데이터 없음 · 다시 시도하는 중</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>다운로드</translation>
        </message>
        <message>
            <source>Stopped at {share}: press Continue to finish it.</source>
            <translation>{share}에서 멈춤: 계속을 누르면 마저 받습니다.</translation>
        </message>
        <message>
            <source>Waiting for the download before it…</source>
            <translation>앞의 다운로드를 기다리는 중…</translation>
        </message>
        <message>
            <source>Stopped before it began.</source>
            <translation>시작하기 전에 멈췄습니다.</translation>
        </message>
        <message>
            <source>Stopped. Press Continue to go on from where it stopped.</source>
            <translation>멈췄습니다. 계속을 누르면 멈춘 곳부터 이어서 받습니다.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>There is no reply to write again yet.</source>
            <translation>아직 다시 쓸 답변이 없습니다.</translation>
        </message>
        <message>
            <source>Only your own messages in this chat can be edited.</source>
            <translation>이 대화에서는 직접 보낸 메시지만 고칠 수 있습니다.</translation>
        </message>
        <message>
            <source>There is no reply to continue.</source>
            <translation>이어 쓸 답변이 없습니다.</translation>
        </message>
        <message>
            <source>No model is loaded. Choose a model first.</source>
            <translation>불러온 모델이 없습니다. 먼저 모델을 고르세요.</translation>
        </message>
        <message>
            <source>another ShortChat (or another program) kept the chat history busy for over {seconds} s</source>
            <translation>다른 ShortChat(또는 다른 프로그램)이 {seconds}초 넘게 대화 기록을 사용하고 있었음</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>디스크가 가득 참</translation>
        </message>
        <message>
            <source>the chat history's folder cannot be written</source>
            <translation>대화 기록 폴더에 쓸 수 없음</translation>
        </message>
        <message>
            <source>the disk could not be written or read (a disk error)</source>
            <translation>디스크를 읽거나 쓰지 못함(디스크 오류)</translation>
        </message>
        <message>
            <source>the chat history file is damaged (ShortChat repairs it when it starts next)</source>
            <translation>대화 기록 파일이 손상됨(다음에 ShortChat을 시작하면 복구됨)</translation>
        </message>
        <message>
            <source>the chat history refused it ({why})</source>
            <translation>대화 기록이 요청을 거부함({why})</translation>
        </message>
        <message>
            <source>The chat history's folder cannot be created ({why}).</source>
            <translation>대화 기록 폴더를 만들 수 없습니다({why}).</translation>
        </message>
        <message>
            <source>The chat history could not be opened: {why}.</source>
            <translation>대화 기록을 열지 못했습니다: {why}.</translation>
        </message>
        <message>
            <source>The chat history was written by a newer ShortChat. Update ShortChat to open it (nothing was changed).</source>
            <translation>대화 기록이 더 새로운 버전의 ShortChat으로 저장되어 있습니다. 열려면 ShortChat을 업데이트하세요(아무것도 바뀌지 않았습니다).</translation>
        </message>
        <message>
            <source>The chat history file was damaged. {saved} of {total} messages were recovered into a new file; the damaged one was kept as {name}.</source>
            <translation>대화 기록 파일이 손상되었습니다. 메시지 {total}개 중 {saved}개를 새 파일로 복구했고, 손상된 파일은 {name}(으)로 보관했습니다.</translation>
        </message>
        <message>
            <source>The chat history file could not be read ({why}); it was kept as {name} and a new one started.</source>
            <translation>대화 기록 파일을 읽지 못해({why}) {name}(으)로 보관하고 새 파일을 시작했습니다.</translation>
        </message>
        <message>
            <source>This was not saved: {why}. Try again in a moment.</source>
            <translation>저장하지 못했습니다: {why}. 잠시 후 다시 시도하세요.</translation>
        </message>
        <message>
            <source>That chat no longer exists.</source>
            <translation>그 대화는 더 이상 없습니다.</translation>
        </message>
        <message>
            <source>That message could not be read.</source>
            <translation>그 메시지를 읽지 못했습니다.</translation>
        </message>
        <message>
            <source>A damaged message was set aside ({why}); the rest of the chat is shown.</source>
            <translation>손상된 메시지 하나를 따로 빼 두고({why}) 나머지 대화를 표시합니다.</translation>
        </message>
        <message>
            <source>Until that is fixed, new chats are kept only while ShortChat is open.</source>
            <translation>이 문제가 해결될 때까지 새 대화는 ShortChat이 열려 있는 동안에만 보관됩니다.</translation>
        </message>
        <message>
            <source>Your earlier chat is shown, but changes to it are not kept.</source>
            <translation>이전 대화는 볼 수 있지만, 고친 내용은 저장되지 않습니다.</translation>
        </message>
        <message>
            <source>Your {count} earlier chats are shown, but changes to them are not kept.</source>
            <translation>이전 대화 {count}개는 볼 수 있지만, 고친 내용은 저장되지 않습니다.</translation>
        </message>
        <message>
            <source>llama.cpp crashed (segmentation fault)</source>
            <translation>llama.cpp가 비정상 종료됨(세그멘테이션 오류)</translation>
        </message>
        <message>
            <source>llama.cpp could not read the model file any more (was it moved or changed?)</source>
            <translation>llama.cpp가 모델 파일을 더 이상 읽을 수 없음(파일을 옮기거나 바꾸었나요?)</translation>
        </message>
        <message>
            <source>llama.cpp crashed on bad numbers in the model file</source>
            <translation>모델 파일에 잘못된 숫자가 있어 llama.cpp가 비정상 종료됨</translation>
        </message>
        <message>
            <source>llama.cpp used a processor instruction this computer does not have</source>
            <translation>llama.cpp가 이 컴퓨터의 프로세서에는 없는 명령어를 사용함</translation>
        </message>
        <message>
            <source>llama.cpp stopped itself</source>
            <translation>llama.cpp가 스스로 멈춤</translation>
        </message>
        <message>
            <source>it was asked to stop by another program</source>
            <translation>다른 프로그램이 종료를 요청함</translation>
        </message>
        <message>
            <source>it was stopped by the system because the computer ran out of memory</source>
            <translation>컴퓨터의 메모리가 바닥나 시스템이 강제로 종료함</translation>
        </message>
        <message>
            <source>it was stopped by the system or by another program</source>
            <translation>시스템이나 다른 프로그램이 강제로 종료함</translation>
        </message>
        <message>
            <source>it stopped responding, so ShortChat ended it</source>
            <translation>응답하지 않아 ShortChat이 종료함</translation>
        </message>
        <message>
            <source>it could not get enough memory</source>
            <translation>메모리를 충분히 확보하지 못함</translation>
        </message>
        <message>
            <source>an internal check failed</source>
            <translation>내부 검사에 실패함</translation>
        </message>
        <message>
            <source>The model stopped unexpectedly: {reason}. Your conversation is safe; load the model again to continue.</source>
            <translation>모델이 예상치 못하게 멈췄습니다: {reason}. 대화는 그대로 남아 있으니 모델을 다시 불러와 계속하세요.</translation>
        </message>
        <message>
            <source>it was ended by {signal}</source>
            <translation>{signal} 신호로 종료됨</translation>
        </message>
        <message>
            <source>it stopped responding</source>
            <translation>응답하지 않음</translation>
        </message>
        <message>
            <source>it exited with code {code}</source>
            <translation>종료 코드 {code}(으)로 끝남</translation>
        </message>
        <message>
            <source>{reason} ({cause})</source>
            <translation>{reason}({cause})</translation>
        </message>
        <message>
            <source>{name} did not fit in this computer's memory: {reason}.</source>
            <translation>{name}이(가) 이 컴퓨터의 메모리에 들어가지 않았습니다: {reason}.</translation>
        </message>
        <message>
            <source>{name} could not be loaded: {reason}. The file may be damaged, or too large for this computer.</source>
            <translation>{name}을(를) 불러오지 못했습니다: {reason}. 파일이 손상되었거나 이 컴퓨터에 비해 너무 클 수 있습니다.</translation>
        </message>
        <message>
            <source>The model is still busy with the previous request.</source>
            <translation>모델이 아직 이전 요청을 처리하고 있습니다.</translation>
        </message>
        <message>
            <source>Stopped because ShortChat is closing.</source>
            <translation>ShortChat을 닫는 중이라 멈췄습니다.</translation>
        </message>
        <message>
            <source>There was not enough memory to finish this. Close other programs, or choose a smaller model.</source>
            <translation>메모리가 부족해 끝까지 처리하지 못했습니다. 다른 프로그램을 닫거나 더 작은 모델을 고르세요.</translation>
        </message>
        <message>
            <source>Something went wrong inside llama.cpp while it was working; the details are in the log ({log}).</source>
            <translation>llama.cpp가 작업하는 중에 내부에서 문제가 생겼습니다. 자세한 내용은 로그({log})에 있습니다.</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model, which this version of ShortChat cannot run.</source>
            <translation>{name}은(는) '{arch}' 모델이라 이 버전의 ShortChat에서는 실행할 수 없습니다.</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged. If you downloaded it, download it again.</source>
            <translation>{name}이(가) 불완전하거나 손상되었습니다. 다운로드한 파일이라면 다시 다운로드하세요.</translation>
        </message>
        <message>
            <source>There is not enough memory to load {name}. Close other programs or choose a smaller model.</source>
            <translation>{name}을(를) 불러올 메모리가 부족합니다. 다른 프로그램을 닫거나 더 작은 모델을 고르세요.</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program (llama.cpp said: {cause}).</source>
            <translation>{name}을(를) 불러오지 못했습니다. 파일이 손상되었거나 다른 프로그램용일 수 있습니다(llama.cpp 메시지: {cause}).</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program.</source>
            <translation>{name}을(를) 불러오지 못했습니다. 파일이 손상되었거나 다른 프로그램용일 수 있습니다.</translation>
        </message>
        <message>
            <source>llama.cpp found no way to run models on this computer (no CPU backend was found).</source>
            <translation>llama.cpp가 이 컴퓨터에서 모델을 실행할 방법을 찾지 못했습니다(CPU 백엔드가 없습니다).</translation>
        </message>
        <message>
            <source>The reply length ({reply_tokens} tokens) leaves no room in the model's context of {n_ctx} tokens. Choose a shorter reply length.</source>
            <translation>답변 길이({reply_tokens} 토큰)를 빼면 모델의 대화 기억({n_ctx} 토큰)에 남는 공간이 없습니다. 답변 길이를 더 짧게 정하세요.</translation>
        </message>
        <message>
            <source>This message is too long for the model: with the instructions it needs {count} tokens, but only {budget} fit beside a reply of {reply_tokens} tokens. Shorten the message, or choose a longer context or a shorter reply in the settings.</source>
            <translation>이 메시지는 모델에게 너무 깁니다. 지시문까지 합치면 {count} 토큰이 필요하지만, {reply_tokens} 토큰짜리 답변 자리를 빼면 {budget} 토큰만 들어갑니다. 메시지를 줄이거나, 설정에서 대화 기억을 늘리거나 답변 길이를 줄이세요.</translation>
        </message>
        <message>
            <source>Refused to download a file with an unsafe name: {name}.</source>
            <translation>이름이 안전하지 않은 파일이라 다운로드하지 않았습니다: {name}.</translation>
        </message>
        <message>
            <source>{file} is not (or no longer) published in {repo}.</source>
            <translation>{file}은(는) {repo}에 공개되어 있지 않습니다(또는 더 이상 공개되지 않습니다).</translation>
        </message>
        <message>
            <source>The hub gives no checksum for {file}, so it cannot be verified.</source>
            <translation>허브에서 {file}의 체크섬을 제공하지 않아 검증할 수 없습니다.</translation>
        </message>
        <message>
            <source>{repo} is not published on the model hub.</source>
            <translation>{repo}은(는) 모델 허브에 공개되어 있지 않습니다.</translation>
        </message>
        <message>
            <source>The model hub gave an answer ShortChat does not understand ({why}).</source>
            <translation>모델 허브가 ShortChat이 이해할 수 없는 응답을 보냈습니다({why}).</translation>
        </message>
        <message>
            <source>Stopped waiting; the other ShortChat is still downloading {name}.</source>
            <translation>기다리기를 멈췄습니다. 다른 ShortChat이 아직 {name}을(를) 다운로드하고 있습니다.</translation>
        </message>
        <message>
            <source>The download was stopped. It will continue from here next time.</source>
            <translation>다운로드를 멈췄습니다. 다음에 이 지점부터 이어서 받습니다.</translation>
        </message>
        <message>
            <source>The download of {file} failed: {why}</source>
            <translation>{file} 다운로드에 실패했습니다: {why}</translation>
        </message>
        <message>
            <source>{file} changed on the model hub while it was downloading. Try again to download the new version.</source>
            <translation>다운로드하는 동안 모델 허브의 {file}이(가) 바뀌었습니다. 새 버전을 다운로드하려면 다시 시도를 누르세요.</translation>
        </message>
        <message>
            <source>The download was stopped while its file was being checked.</source>
            <translation>파일을 확인하는 중에 다운로드를 멈췄습니다.</translation>
        </message>
        <message>
            <source>context length</source>
            <translation>컨텍스트 길이</translation>
        </message>
        <message>
            <source>layer count</source>
            <translation>레이어 수</translation>
        </message>
        <message>
            <source>embedding size</source>
            <translation>임베딩 크기</translation>
        </message>
        <message>
            <source>attention head count</source>
            <translation>어텐션 헤드 수</translation>
        </message>
        <message>
            <source>feed-forward size</source>
            <translation>피드포워드 크기</translation>
        </message>
        <message>
            <source>file type</source>
            <translation>파일 형식</translation>
        </message>
        <message>
            <source>alignment</source>
            <translation>정렬 크기</translation>
        </message>
        <message>
            <source>it does not say what kind of model it is</source>
            <translation>어떤 종류의 모델인지 나와 있지 않음</translation>
        </message>
        <message>
            <source>its {words} is {value}, which no model has</source>
            <translation>{words} 값이 {value}인데, 이런 값을 가진 모델은 없음</translation>
        </message>
        <message>
            <source>its vocabulary is empty or impossibly large</source>
            <translation>어휘 목록이 비어 있거나 있을 수 없을 만큼 큼</translation>
        </message>
        <message>
            <source>it ends too early</source>
            <translation>파일이 예상보다 일찍 끝남</translation>
        </message>
        <message>
            <source>a text field has an impossible length</source>
            <translation>텍스트 필드의 길이가 있을 수 없는 값임</translation>
        </message>
        <message>
            <source>an array has an impossible length</source>
            <translation>배열의 길이가 있을 수 없는 값임</translation>
        </message>
        <message>
            <source>an array has an unknown element type {element_type}</source>
            <translation>배열의 요소 형식 {element_type}을(를) 알 수 없음</translation>
        </message>
        <message>
            <source>a value has an unknown type {value_type}</source>
            <translation>값의 형식 {value_type}을(를) 알 수 없음</translation>
        </message>
        <message>
            <source>a tensor has too many dimensions</source>
            <translation>텐서의 차원이 너무 많음</translation>
        </message>
        <message>
            <source>a tensor has a size of zero</source>
            <translation>크기가 0인 텐서가 있음</translation>
        </message>
        <message>
            <source>a tensor's data is misplaced</source>
            <translation>텐서 데이터의 위치가 잘못됨</translation>
        </message>
        <message>
            <source>a tensor's size does not match its type</source>
            <translation>텐서 크기가 형식과 맞지 않음</translation>
        </message>
        <message>
            <source>{name} is a link to a file that is not there.</source>
            <translation>{name}은(는) 존재하지 않는 파일을 가리키는 링크입니다.</translation>
        </message>
        <message>
            <source>There is no model file at {path}.</source>
            <translation>{path}에 모델 파일이 없습니다.</translation>
        </message>
        <message>
            <source>{name} is a link that leads nowhere (it loops back on itself).</source>
            <translation>{name}은(는) 아무 데도 이어지지 않는 링크입니다(자기 자신으로 되돌아옵니다).</translation>
        </message>
        <message>
            <source>{name} could not be read: {why}.</source>
            <translation>{name}을(를) 읽지 못했습니다: {why}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a model file.</source>
            <translation>{path}은(는) 모델 파일이 아니라 폴더입니다.</translation>
        </message>
        <message>
            <source>{name} is not a regular file (it is a pipe, a device or a socket), so it is no model.</source>
            <translation>{name}은(는) 일반 파일이 아니므로(파이프, 장치 또는 소켓입니다) 모델이 아닙니다.</translation>
        </message>
        <message>
            <source>{name} is not a regular file, so it is no model.</source>
            <translation>{name}은(는) 일반 파일이 아니므로 모델이 아닙니다.</translation>
        </message>
        <message>
            <source>{name} uses the old GGML format, which llama.cpp no longer reads. Download the GGUF version of this model instead.</source>
            <translation>{name}은(는) llama.cpp가 더 이상 읽지 않는 예전 GGML 형식입니다. 대신 이 모델의 GGUF 버전을 다운로드하세요.</translation>
        </message>
        <message>
            <source>{name} is not a GGUF model file. ShortChat runs models in the GGUF format (files ending in .gguf).</source>
            <translation>{name}은(는) GGUF 모델 파일이 아닙니다. ShortChat은 GGUF 형식(.gguf로 끝나는 파일)의 모델을 실행합니다.</translation>
        </message>
        <message>
            <source>{name} is GGUF version {version}, which this version of ShortChat cannot read.</source>
            <translation>{name}은(는) GGUF 버전 {version} 파일이라 이 버전의 ShortChat에서는 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>its header counts are impossible</source>
            <translation>헤더에 적힌 개수가 있을 수 없는 값임</translation>
        </message>
        <message>
            <source>a metadata key is empty</source>
            <translation>비어 있는 메타데이터 키가 있음</translation>
        </message>
        <message>
            <source>a metadata key appears twice</source>
            <translation>같은 메타데이터 키가 두 번 나옴</translation>
        </message>
        <message>
            <source>ShortChat is not allowed to read {name}.</source>
            <translation>ShortChat에는 {name}을(를) 읽을 권한이 없습니다.</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete ({why}). If you downloaded it, download it again.</source>
            <translation>{name}이(가) 손상되었거나 불완전합니다({why}). 다운로드한 파일이라면 다시 다운로드하세요.</translation>
        </message>
        <message>
            <source>{name} is damaged ({why}). If you downloaded it, download it again.</source>
            <translation>{name}이(가) 손상되었습니다({why}). 다운로드한 파일이라면 다시 다운로드하세요.</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged: it is {size} bytes long, but its model weights need {needed}. If you downloaded it, download it again; if you copied it, copy it again.</source>
            <translation>{name}이(가) 불완전하거나 손상되었습니다. 파일 크기는 {size}바이트인데 모델 가중치에는 {needed}이(가) 필요합니다. 다운로드한 파일이라면 다시 다운로드하고, 복사한 파일이라면 다시 복사하세요.</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model (used for images or search), not a chat model.</source>
            <translation>{name}은(는) 대화용 모델이 아니라 '{arch}' 모델(이미지나 검색용)입니다.</translation>
        </message>
        <message>
            <source>{name} holds no model weights (it has no tensors).</source>
            <translation>{name}에는 모델 가중치가 없습니다(텐서가 없습니다).</translation>
        </message>
        <message>
            <source>There is no model called {name}. `shortchat list` shows the models you have.</source>
            <translation>{name}(이)라는 모델이 없습니다. `shortchat list`로 가지고 있는 모델을 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>A model called {name} is already in the models folder.</source>
            <translation>{name}(이)라는 모델이 이미 모델 폴더에 있습니다.</translation>
        </message>
        <message>
            <source>Not enough disk space to copy {name}; add it as a link instead.</source>
            <translation>{name}을(를) 복사할 디스크 공간이 부족합니다. 대신 링크로 추가하세요.</translation>
        </message>
        <message>
            <source>This computer has no keychain, so API keys are kept only until ShortChat closes.</source>
            <translation>이 컴퓨터에는 키체인이 없어 API 키는 ShortChat을 닫을 때까지만 보관됩니다.</translation>
        </message>
        <message>
            <source>The connection to {computer} was cut off in the middle of the reply.</source>
            <translation>답변 도중에 {computer}와(과)의 연결이 끊겼습니다.</translation>
        </message>
        <message>
            <source>The server at {computer} no longer offers {model_name}.</source>
            <translation>{computer}의 서버가 더 이상 {model_name}을(를) 제공하지 않습니다.</translation>
        </message>
        <message>
            <source>The model at {computer} has no end-of-reply token ShortChat can use.</source>
            <translation>{computer}의 모델에는 ShortChat이 쓸 수 있는 답변 끝 토큰이 없습니다.</translation>
        </message>
        <message>
            <source>No model is chosen. Choose a model first.</source>
            <translation>고른 모델이 없습니다. 먼저 모델을 고르세요.</translation>
        </message>
        <message>
            <source>The Ollama server said: {error}</source>
            <translation>Ollama 서버 메시지: {error}</translation>
        </message>
        <message>
            <source>Give the server's address, like http://192.168.1.20:8080.</source>
            <translation>서버 주소를 입력하세요(예: http://192.168.1.20:8080).</translation>
        </message>
        <message>
            <source>“{url}” is not a server address; give one like http://192.168.1.20:8080.</source>
            <translation>“{url}”은(는) 서버 주소가 아닙니다. http://192.168.1.20:8080처럼 입력하세요.</translation>
        </message>
        <message>
            <source>The server at {computer} refused the API key; check the key in the settings.</source>
            <translation>{computer}의 서버가 API 키를 거부했습니다. 설정에서 키를 확인하세요.</translation>
        </message>
        <message>
            <source>The server at {computer} is still loading its model; try again in a moment.</source>
            <translation>{computer}의 서버가 아직 모델을 불러오는 중입니다. 잠시 후 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The server at {computer} does not offer this (wrong address or model name).</source>
            <translation>{computer}의 서버에서 이 요청을 처리할 수 없습니다(주소나 모델 이름이 잘못되었습니다).</translation>
        </message>
        <message>
            <source>The server at {computer} answered with an error (HTTP {status}).</source>
            <translation>{computer}의 서버가 오류로 응답했습니다(HTTP {status}).</translation>
        </message>
        <message>
            <source>The secure connection to {computer} failed: its certificate is not trusted by this computer.</source>
            <translation>{computer}와(과)의 보안 연결에 실패했습니다. 이 컴퓨터가 서버의 인증서를 신뢰하지 않습니다.</translation>
        </message>
        <message>
            <source>The server at {computer} did not answer in time.</source>
            <translation>{computer}의 서버가 제시간에 응답하지 않았습니다.</translation>
        </message>
        <message>
            <source>Cannot reach the server at {computer}: is it running, and is the address right?</source>
            <translation>{computer}의 서버에 연결할 수 없습니다. 서버가 실행 중인지, 주소가 맞는지 확인하세요.</translation>
        </message>
        <message>
            <source>The server at {computer} could not be used ({kind}).</source>
            <translation>{computer}의 서버를 사용할 수 없습니다({kind}).</translation>
        </message>
        <message>
            <source>The server at {computer} is not one ShortChat can talk to.</source>
            <translation>{computer}의 서버는 ShortChat이 연결할 수 있는 종류의 서버가 아닙니다.</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used for now.</source>
            <translation>설정 파일을 읽지 못해({why}) 우선 기본값을 사용합니다.</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used (the old file: {kept}).</source>
            <translation>설정 파일을 읽지 못해({why}) 기본값을 사용합니다(이전 파일: {kept}).</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used.</source>
            <translation>설정 파일을 읽지 못해({why}) 기본값을 사용합니다.</translation>
        </message>
        <message>
            <source>The setting {name} had a value ShortChat cannot use; it is back to its default.</source>
            <translation>설정 {name}의 값을 ShortChat에서 쓸 수 없어 기본값으로 되돌렸습니다.</translation>
        </message>
        <message>
            <source>The settings could not be saved in {parent} ({why}); they stay as they are until ShortChat closes.</source>
            <translation>{parent}에 설정을 저장하지 못했습니다({why}). ShortChat을 닫을 때까지만 지금 설정이 유지됩니다.</translation>
        </message>
    </context>
    <context>
        <name>ExampleQuestions</name>
        <message>
            <source>Example questions</source>
            <translation>예시 질문</translation>
        </message>
        <message>
            <source>Not sure where to start? Try one of these:</source>
            <translation>무엇부터 물어야 할지 모르겠다면 이 중 하나를 물어보세요:</translation>
        </message>
        <message>
            <source>These models answer best in English; questions in other languages get weaker replies.</source>
            <translation>이 모델들은 영어로 물을 때 가장 잘 답합니다. 다른 언어로 물으면 답변의 질이 떨어집니다.</translation>
        </message>
        <message>
            <source>Ask this question</source>
            <translation>이 질문하기</translation>
        </message>
        <message>
            <source>Ask: {question}</source>
            <translation>묻기: {question}</translation>
        </message>
    </context>
    <context>
        <name>Fit</name>
        <message>
            <source>Fits easily</source>
            <translation>여유 있게 맞음</translation>
        </message>
        <message>
            <source>Fits, but close the other programs</source>
            <translation>맞지만 다른 프로그램을 닫으세요</translation>
        </message>
        <message>
            <source>Too big for this computer</source>
            <translation>이 컴퓨터에는 너무 큼</translation>
        </message>
        <message>
            <source>needs {size} of memory</source>
            <translation>메모리 {size} 필요</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>메모리 약 {size} 필요</translation>
        </message>
        <message>
            <source> and {size} on the GPU ({layers} layers)</source>
            <translation> 및 GPU에 {size}({layers}개 레이어)</translation>
        </message>
        <message>
            <source>; {free} of {total} is free</source>
            <translation>; {total} 중 {free} 여유</translation>
        </message>
        <message>
            <source>Not published on the model hub yet</source>
            <translation>아직 모델 허브에 공개되지 않음</translation>
        </message>
        <message>
            <source> (not checked with the hub)</source>
            <translation> (허브에서 확인하지 않음)</translation>
        </message>
        <message>
            <source>Best quality that fits your {memory}: the {model} model at {quant}.</source>
            <translation>메모리 {memory}에 맞는 가장 좋은 품질: {model} 모델, {quant}.</translation>
        </message>
        <message>
            <source>Best quality that fits</source>
            <translation>맞는 것 중 가장 좋은 품질</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>균형</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: good answers, quick to reply.</source>
            <translation>{model} 모델, {quant}: 좋은 답변, 빠른 응답.</translation>
        </message>
        <message>
            <source>Smallest and fastest</source>
            <translation>가장 작고 빠름</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: the least memory and the quickest download ({size}), with simpler answers.</source>
            <translation>{model} 모델, {quant}: 메모리를 가장 적게 쓰고 다운로드가 가장 빠르며({size}), 답변은 더 단순합니다.</translation>
        </message>
    </context>
    <context>
        <name>FitTable</name>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Quality level</source>
            <translation>품질 단계</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>판정</translation>
        </message>
        <message>
            <source>Memory needed</source>
            <translation>필요한 메모리</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>속도</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>다운로드</translation>
        </message>
        <message>
            <source>Longest chat</source>
            <translation>최대 대화 길이</translation>
        </message>
        <message>
            <source>Quality lost</source>
            <translation>품질 손실</translation>
        </message>
        <message>
            <source>How many billion parameters the model has: bigger models know more and need more memory.</source>
            <translation>모델의 매개변수 수(십억 단위)입니다. 큰 모델일수록 아는 것이 많고 메모리도 더 필요합니다.</translation>
        </message>
        <message>
            <source>Called the “quant” (e.g. Q4_K_M): how finely the model's numbers are stored. Higher levels (Q8_0) are closer to the original and need more memory; Q4_K_M is a good balance.</source>
            <translation>“quant”라고도 합니다(예: Q4_K_M). 모델의 숫자를 얼마나 정밀하게 저장하는지를 뜻합니다. 높은 단계(Q8_0)는 원본에 더 가깝고 메모리가 더 필요합니다. Q4_K_M이 균형이 좋습니다.</translation>
        </message>
        <message>
            <source>How much worse than the original the answers get at this quality level (lower is better).</source>
            <translation>이 품질 단계에서 답변이 원본보다 얼마나 나빠지는지입니다(낮을수록 좋습니다).</translation>
        </message>
        <message>
            <source>The longest chat the model can see at once and still fit easily (a token is about ¾ of a word)</source>
            <translation>모델이 한 번에 볼 수 있으면서 메모리에 여유 있게 들어가는 가장 긴 대화입니다(토큰 하나는 단어의 약 ¾입니다)</translation>
        </message>
        <message>
            <source>How fast it writes here: estimated from this computer's memory speed, or measured once the model has been used (a word is about 1.3 tokens)</source>
            <translation>이 컴퓨터에서 쓰는 속도입니다. 메모리 속도로 추정하거나, 모델을 한 번 사용한 뒤에는 측정한 값입니다(단어 하나는 약 1.3 토큰입니다)</translation>
        </message>
        <message>
            <source>{size}, measured</source>
            <translation>{size}, 측정값</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>약 {size}</translation>
        </message>
        <message>
            <source>almost none</source>
            <translation>거의 없음</translation>
        </message>
        <message>
            <source>very little</source>
            <translation>아주 적음</translation>
        </message>
        <message>
            <source>a little</source>
            <translation>조금</translation>
        </message>
        <message>
            <source>noticeable</source>
            <translation>눈에 띔</translation>
        </message>
        <message>
            <source>a lot</source>
            <translation>많음</translation>
        </message>
        <message>
            <source>Every size and quality level</source>
            <translation>모든 크기와 품질 단계</translation>
        </message>
        <message>
            <source>★ Recommended · {verdict}</source>
            <translation>★ 추천 · {verdict}</translation>
        </message>
        <message>
            <source>~{size}</source>
            <translation>약 {size}</translation>
        </message>
        <message>
            <source>{count} tokens</source>
            <translation>{count} 토큰</translation>
        </message>
        <message>
            <source>The model's makers have not published this one on the hub.</source>
            <translation>모델 제작사가 이 파일을 허브에 공개하지 않았습니다.</translation>
        </message>
        <message>
            <source>(measured on this computer)</source>
            <translation>(이 컴퓨터에서 측정)</translation>
        </message>
    </context>
    <context>
        <name>HubStatus</name>
        <message>
            <source>Try again</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <source>Ask the model hub again which models are available</source>
            <translation>어떤 모델이 있는지 모델 허브에 다시 묻습니다</translation>
        </message>
    </context>
    <context>
        <name>InstalledModels</name>
        <message>
            <source> · added from disk</source>
            <translation> · 디스크에서 추가함</translation>
        </message>
        <message>
            <source>measured here: needs {size}, writes {speed}</source>
            <translation>이 컴퓨터에서 측정: {size} 필요, {speed}</translation>
        </message>
        <message>
            <source>measured the first time it is used</source>
            <translation>처음 쓸 때 측정합니다</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <source>The chat uses this model now</source>
            <translation>지금 대화가 이 모델을 쓰고 있습니다</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>사용</translation>
        </message>
        <message>
            <source>Chat with {model}</source>
            <translation>{model}과(와) 대화하기</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>{model} 사용</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>삭제…</translation>
        </message>
        <message>
            <source>Delete {model}</source>
            <translation>{model} 삭제</translation>
        </message>
        <message>
            <source>&lt;b&gt;On this computer&lt;/b&gt;</source>
            <translation>&lt;b&gt;이 컴퓨터에 있는 모델&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Compare two models…</source>
            <translation>두 모델 비교…</translation>
        </message>
        <message>
            <source>Ask two of your models the same question and see both answers side by side</source>
            <translation>내 모델 두 개에게 같은 질문을 하고 두 답변을 나란히 봅니다</translation>
        </message>
        <message>
            <source>Models on this computer</source>
            <translation>이 컴퓨터에 있는 모델</translation>
        </message>
    </context>
    <context>
        <name>LoadPlan</name>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} the models were trained on: late in a long chat the replies may stop making sense.</source>
            <translation>대화 기억이 {count} 토큰으로 설정되어 있어, 모델들이 학습한 {trained} 토큰보다 깁니다. 대화가 길어지면 후반부 답변이 엉뚱해질 수 있습니다.</translation>
        </message>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} this model was trained on: late in a long chat the replies may stop making sense.</source>
            <translation>대화 기억이 {count} 토큰으로 설정되어 있어, 이 모델이 학습한 {trained} 토큰보다 깁니다. 대화가 길어지면 후반부 답변이 엉뚱해질 수 있습니다.</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat keeps this chat's memory in a compact form so it fits ({saved} less; replies come slower late in a long chat).</source>
            <translation>{model}이(가) 대화 {count} 토큰을 기억하려면 메모리가 약 {size} 필요한데, 이 컴퓨터에서 내줄 수 있는 양보다 많습니다. 그래서 ShortChat은 메모리에 들어가도록 이 대화의 기억을 압축해 보관합니다(메모리 {saved} 절약, 대화가 길어지면 후반부 답변이 느려짐).</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat works through this chat's memory in a leaner way so it fits ({saved} less; replies come a little slower late in a long chat).</source>
            <translation>{model}이(가) 대화 {count} 토큰을 기억하려면 메모리가 약 {size} 필요한데, 이 컴퓨터에서 내줄 수 있는 양보다 많습니다. 그래서 ShortChat은 메모리에 들어가도록 이 대화의 기억을 더 가벼운 방식으로 처리합니다(메모리 {saved} 절약, 대화가 길어지면 후반부 답변이 조금 느려짐).</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory, more than this computer can spare.</source>
            <translation>{model}에는 메모리가 약 {size} 필요한데, 이 컴퓨터에서 내줄 수 있는 양보다 많습니다.</translation>
        </message>
        <message>
            <source>{model} did not fit when loading.</source>
            <translation>{model}을(를) 불러올 때 메모리에 들어가지 않았습니다.</translation>
        </message>
        <message>
            <source>ShortChat is loading it as asked.</source>
            <translation>ShortChat은 요청한 대로 모델을 불러옵니다.</translation>
        </message>
        <message>
            <source>ShortChat is loading it with {count} of its layers on the graphics card and the rest on the processor.</source>
            <translation>ShortChat은 레이어 {count}개는 그래픽 카드에, 나머지는 프로세서에 올려 모델을 불러옵니다.</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only (slower).</source>
            <translation>ShortChat은 프로세서만 사용해 모델을 불러옵니다(더 느림).</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights and with this chat's memory in a compact form (about a third slower, {saved} less at its peak).</source>
            <translation>ShortChat은 속도를 높이는 가중치 사본 없이, 이 대화의 기억도 압축해 모델을 불러옵니다(약 3분의 1 느려지고, 최대 메모리 사용량이 {saved} 줄어듦).</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights (about a third slower, {saved} less at its peak).</source>
            <translation>ShortChat은 속도를 높이는 가중치 사본 없이 모델을 불러옵니다(약 3분의 1 느려지고, 최대 메모리 사용량이 {saved} 줄어듦).</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller file of the same model, {saved} less memory).</source>
            <translation>ShortChat은 대신 {model}을(를) 불러옵니다(같은 모델의 더 작은 파일, 메모리 {saved} 절약).</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller model, {saved} less memory).</source>
            <translation>ShortChat은 대신 {model}을(를) 불러옵니다(더 작은 모델, 메모리 {saved} 절약).</translation>
        </message>
        <message>
            <source>It is loaded without its speed-up copy of the weights (about a third slower).</source>
            <translation>속도를 높이는 가중치 사본 없이 불러왔습니다(약 3분의 1 느림).</translation>
        </message>
        <message>
            <source>This chat's memory is kept in a compact form (slower late in a long chat).</source>
            <translation>이 대화의 기억을 압축해 보관합니다(대화가 길어지면 후반부가 느려짐).</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>ShortChat은 프로세서만 사용하고 이 대화의 기억을 압축해 모델을 불러옵니다(메모리 {saved} 절약, 대화가 길어지면 후반부가 느려짐).</translation>
        </message>
        <message>
            <source>ShortChat is loading it with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>ShortChat은 이 대화의 기억을 압축해 모델을 불러옵니다(메모리 {saved} 절약, 대화가 길어지면 후반부가 느려짐).</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>ShortChat은 프로세서만 사용하고 이 대화의 기억을 더 가벼운 방식으로 처리하도록 모델을 불러옵니다(메모리 {saved} 절약, 대화가 길어지면 후반부가 조금 느려짐).</translation>
        </message>
        <message>
            <source>ShortChat is loading it working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>ShortChat은 이 대화의 기억을 더 가벼운 방식으로 처리하도록 모델을 불러옵니다(메모리 {saved} 절약, 대화가 길어지면 후반부가 조금 느려짐).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Downloads</source>
            <translation>다운로드</translation>
        </message>
        <message>
            <source>Text size {size} %</source>
            <translation>글자 크기 {size} %</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>먼저 모델을 고르세요.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>되돌리기</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>되돌리기(Ctrl+Z)</translation>
        </message>
        <message>
            <source>Chat deleted ·</source>
            <translation>대화를 삭제했습니다 ·</translation>
        </message>
        <message>
            <source>The model will use the new settings the next time it loads.</source>
            <translation>모델을 다음에 불러올 때 새 설정을 씁니다.</translation>
        </message>
        <message>
            <source>Add a model file</source>
            <translation>모델 파일 추가</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF 모델 (*.gguf)</translation>
        </message>
        <message>
            <source>This file cannot be used</source>
            <translation>이 파일은 쓸 수 없습니다</translation>
        </message>
        <message>
            <source>That model is in use; wait for the reply to end.</source>
            <translation>그 모델은 사용 중입니다. 답변이 끝날 때까지 기다리세요.</translation>
        </message>
        <message>
            <source>Comparing needs two downloaded models; “Choose a model” gets another one.</source>
            <translation>비교하려면 다운로드한 모델이 두 개 있어야 합니다. “모델 고르기”에서 하나 더 받으세요.</translation>
        </message>
        <message>
            <source>Wait for the reply (or stop it) first.</source>
            <translation>먼저 답변을 기다리거나 멈추세요.</translation>
        </message>
    </context>
    <context>
        <name>Markdown</name>
        <message>
            <source>Copy code</source>
            <translation>코드 복사</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Choose a model…</source>
            <translation>모델 고르기(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Add a model file…</source>
            <translation>모델 파일 추가(&amp;A)…</translation>
        </message>
        <message>
            <source>Open the models &amp;folder</source>
            <translation>모델 폴더 열기(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Export this chat…</source>
            <translation>이 대화 내보내기(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>설정(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>대화(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;New chat</source>
            <translation>새 대화(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Find in all chats…</source>
            <translation>모든 대화에서 찾기(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Stop the reply</source>
            <translation>답변 멈추기(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Regenerate</source>
            <translation>다시 쓰기(&amp;R)</translation>
        </message>
        <message>
            <source>C&amp;ontinue the reply</source>
            <translation>답변 이어 쓰기(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Copy the last reply</source>
            <translation>마지막 답변 복사(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the &amp;whole chat</source>
            <translation>대화 전체 복사(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Instructions for this chat…</source>
            <translation>이 대화의 지시문(&amp;I)…</translation>
        </message>
        <message>
            <source>Rena&amp;me this chat…</source>
            <translation>이 대화 이름 바꾸기(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Delete this chat</source>
            <translation>이 대화 삭제(&amp;D)</translation>
        </message>
        <message>
            <source>Compare &amp;two models…</source>
            <translation>두 모델 비교(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>글자 크게(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>글자 작게(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>보통 글자 크기(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>테마(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>{app} 정보(&amp;A)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>기본 도구 모음</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>대화</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>다운로드</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>모델</translation>
        </message>
    </context>
    <context>
        <name>Message</name>
        <message>
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <source>Copy this message</source>
            <translation>이 메시지 복사</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>고치기</translation>
        </message>
        <message>
            <source>Change this question and ask it again</source>
            <translation>이 질문을 고쳐서 다시 묻기</translation>
        </message>
        <message>
            <source>The version before</source>
            <translation>이전 버전</translation>
        </message>
        <message>
            <source>The version after</source>
            <translation>다음 버전</translation>
        </message>
    </context>
    <context>
        <name>MessageBoxes</name>
        <message>
            <source>The models' licence</source>
            <translation>모델 라이선스</translation>
        </message>
        <message>
            <source>The Shortened LLaMA models are for non-commercial use only.</source>
            <translation>Shortened LLaMA 모델은 비상업적 용도로만 쓸 수 있습니다.</translation>
        </message>
        <message>
            <source>Nota AI made them from Vicuna v1.3, whose licence allows research and personal use, not use in a business. By downloading one you agree to that. (Help → About ShortChat shows all the licences.)</source>
            <translation>Nota AI가 Vicuna v1.3으로 만든 모델이며, 그 라이선스는 연구와 개인 용도는 허용하지만 업무 용도는 허용하지 않습니다. 모델을 다운로드하면 이에 동의하는 것입니다. (도움말 → ShortChat 정보에서 모든 라이선스를 볼 수 있습니다.)</translation>
        </message>
        <message>
            <source>I agree, download</source>
            <translation>동의하고 다운로드</translation>
        </message>
        <message>
            <source>This model is too big</source>
            <translation>이 모델은 너무 큽니다</translation>
        </message>
        <message>
            <source>{model} needs about {needed} of memory, but this computer has {total} in all and {free} free, and none of your other models fits either.</source>
            <translation>{model}에는 메모리가 약 {needed} 필요하지만, 이 컴퓨터의 메모리는 전체 {total}, 여유 {free}이며 다른 모델도 맞지 않습니다.</translation>
        </message>
        <message>
            <source>Loading it could make the whole computer very slow until ShortChat is closed.</source>
            <translation>불러오면 ShortChat을 닫을 때까지 컴퓨터 전체가 매우 느려질 수 있습니다.</translation>
        </message>
        <message>
            <source>The best one that fits is {model}.</source>
            <translation>맞는 것 중 가장 좋은 것은 {model}입니다.</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>{model} 사용</translation>
        </message>
        <message>
            <source>Load it anyway</source>
            <translation>그래도 불러오기</translation>
        </message>
        <message>
            <source>Delete the model?</source>
            <translation>모델을 삭제할까요?</translation>
        </message>
        <message>
            <source>Delete {model} ({size}) from this computer?</source>
            <translation>{model}({size})을(를) 이 컴퓨터에서 삭제할까요?</translation>
        </message>
        <message>
            <source>A reply is still being written (what it has written so far is kept).</source>
            <translation>답변을 아직 쓰는 중입니다(지금까지 쓴 내용은 남습니다).</translation>
        </message>
        <message>
            <source>A download is running (it goes on from where it stopped the next time ShortChat starts).</source>
            <translation>다운로드가 진행 중입니다(ShortChat을 다음에 시작하면 멈춘 곳부터 이어 받습니다).</translation>
        </message>
        <message>
            <source>Close ShortChat?</source>
            <translation>ShortChat을 닫을까요?</translation>
        </message>
    </context>
    <context>
        <name>MessageInput</name>
        <message>
            <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>메시지를 쓰세요… (Enter: 보내기, Shift+Enter: 줄 바꿈)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>메시지</translation>
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. ShortChat is using {other} instead.</source>
            <translation>지난번에 사용한 모델 {model}이(가) 이 컴퓨터에 더 이상 없습니다. 대신 {other}을(를) 사용합니다.</translation>
        </message>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. Choose one to download below, or add a model file you have.</source>
            <translation>지난번에 사용한 모델 {model}이(가) 이 컴퓨터에 더 이상 없습니다. 아래에서 다운로드할 모델을 고르거나, 가지고 있는 모델 파일을 추가하세요.</translation>
        </message>
        <message>
            <source>Downloading {model}. You can keep chatting meanwhile.</source>
            <translation>{model}을(를) 다운로드하는 중입니다. 그동안 대화를 계속할 수 있습니다.</translation>
        </message>
        <message>
            <source>Downloading {model}.</source>
            <translation>{model}을(를) 다운로드하는 중입니다.</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} with {gpu_free} free.</source>
            <translation>이 컴퓨터: 메모리 {total}(여유 {free}), {gpu}(여유 {gpu_free}).</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} (not used by this version of ShortChat).</source>
            <translation>이 컴퓨터: 메모리 {total}(여유 {free}), {gpu}(이 버전의 ShortChat은 쓰지 않음).</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), no graphics card ShortChat can use.</source>
            <translation>이 컴퓨터: 메모리 {total}(여유 {free}), ShortChat이 쓸 수 있는 그래픽 카드 없음.</translation>
        </message>
        <message>
            <source>Choose a model</source>
            <translation>모델 고르기</translation>
        </message>
        <message>
            <source>Looking at this computer…</source>
            <translation>이 컴퓨터를 살펴보는 중…</translation>
        </message>
        <message>
            <source>Simple</source>
            <translation>간단히</translation>
        </message>
        <message>
            <source>All sizes and quality levels</source>
            <translation>모든 크기와 품질 단계</translation>
        </message>
        <message>
            <source>Add a file from disk…</source>
            <translation>디스크에서 파일 추가…</translation>
        </message>
        <message>
            <source>Back to the chat</source>
            <translation>대화로 돌아가기</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>다운로드</translation>
        </message>
        <message>
            <source>chats up to {count} tokens</source>
            <translation>최대 {count} 토큰까지 대화</translation>
        </message>
        <message>
            <source>no room for a chat</source>
            <translation>대화할 공간 없음</translation>
        </message>
        <message>
            <source>measured on this computer</source>
            <translation>이 컴퓨터에서 측정</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>추정</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>이 모델 사용</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>다운로드 중…</translation>
        </message>
        <message>
            <source>Download (needs the internet)</source>
            <translation>다운로드(인터넷 필요)</translation>
        </message>
        <message>
            <source>Download ({size})</source>
            <translation>다운로드({size})</translation>
        </message>
    </context>
    <context>
        <name>ModelSession</name>
        <message>
            <source>Loading {model}…</source>
            <translation>{model} 불러오는 중…</translation>
        </message>
        <message>
            <source>Loading {model}… {percent} %</source>
            <translation>{model} 불러오는 중… {percent} %</translation>
        </message>
        <message>
            <source>Loaded in {seconds} s, {count} tokens of context</source>
            <translation>{seconds}초 만에 불러옴, 대화 기억 {count} 토큰</translation>
        </message>
        <message>
            <source>Ready: {model}</source>
            <translation>준비됨: {model}</translation>
        </message>
        <message>
            <source>No model loaded</source>
            <translation>불러온 모델 없음</translation>
        </message>
    </context>
    <context>
        <name>QualityChart</name>
        <message>
            <source>Chart of answer quality against memory needed</source>
            <translation>필요한 메모리에 따른 답변 품질 차트</translation>
        </message>
        <message>
            <source>Each dot is one download. Higher is better quality; further right needs more memory.</source>
            <translation>점 하나가 다운로드 하나입니다. 위로 갈수록 품질이 좋고, 오른쪽으로 갈수록 메모리가 더 필요합니다.</translation>
        </message>
    </context>
    <context>
        <name>Remote</name>
        <message>
            <source>llama.cpp server</source>
            <translation>llama.cpp 서버</translation>
        </message>
        <message>
            <source>OpenAI-compatible server</source>
            <translation>OpenAI 호환 서버</translation>
        </message>
        <message>
            <source>The prompt is sent as text: typed control words such as &lt;/s&gt; are broken with an invisible character so they stay text</source>
            <translation>프롬프트는 텍스트로 보냅니다. &lt;/s&gt; 같은 제어 단어를 입력하면 보이지 않는 문자로 끊어 텍스트로 남게 합니다</translation>
        </message>
        <message>
            <source>The prompt is sent as tokens: typed text is always text, exactly as on this computer</source>
            <translation>프롬프트는 토큰으로 보냅니다. 입력한 글은 이 컴퓨터에서와 똑같이 언제나 텍스트로 다룹니다</translation>
        </message>
        <message>
            <source>{server} at {computer} — no model offered yet</source>
            <translation>{computer}의 {server} — 아직 제공하는 모델이 없음</translation>
        </message>
        <message>
            <source>{server} at {computer} — {model}</source>
            <translation>{computer}의 {server} — {model}</translation>
        </message>
        <message>
            <source>, chat memory {tokens} tokens</source>
            <translation>, 대화 기억 {tokens} 토큰</translation>
        </message>
        <message>
            <source> (and %n more)</source>
            <translation> (외 %n개)</translation>
        </message>
    </context>
    <context>
        <name>RemoteModels</name>
        <message>
            <source>chat memory {count} tokens</source>
            <translation>대화 기억 {count} 토큰</translation>
        </message>
        <message>
            <source>chat memory as the server sets it</source>
            <translation>대화 기억은 서버 설정을 따름</translation>
        </message>
        <message>
            <source>speed measured after its first reply</source>
            <translation>첫 답변 후 속도 측정</translation>
        </message>
        <message>
            <source>writes {speed}, measured from here</source>
            <translation>속도 {speed}, 여기서 측정</translation>
        </message>
        <message>
            <source>Chat with {model} on the server at {url}</source>
            <translation>{url} 서버의 {model}과(와) 대화합니다</translation>
        </message>
        <message>
            <source>Ask the servers again</source>
            <translation>서버에 다시 묻기</translation>
        </message>
        <message>
            <source>See which models the computers in Settings → Other computers offer now</source>
            <translation>설정 → 다른 컴퓨터에 추가한 컴퓨터들이 지금 어떤 모델을 제공하는지 확인합니다</translation>
        </message>
        <message>
            <source>On other computers</source>
            <translation>다른 컴퓨터에 있는 모델</translation>
        </message>
        <message>
            <source>Models on other computers</source>
            <translation>다른 컴퓨터의 모델</translation>
        </message>
        <message>
            <source>{url}: asking the server…</source>
            <translation>{url}: 서버에 묻는 중…</translation>
        </message>
        <message>
            <source>{model} at {url}</source>
            <translation>{url}의 {model}</translation>
        </message>
        <message>
            <source>Other computers</source>
            <translation>다른 컴퓨터</translation>
        </message>
        <message>
            <source>Servers on other computers</source>
            <translation>다른 컴퓨터의 서버</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>서버 주소</translation>
        </message>
        <message>
            <source>API key, if the server has one</source>
            <translation>서버에 API 키가 있으면 입력하세요</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API 키</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>추가</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>테스트</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>지우기</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Models on other computers: chat with a model running on a bigger computer (llama-server, Ollama, or an OpenAI-compatible server).</source>
            <translation>다른 컴퓨터의 모델: 더 큰 컴퓨터에서 실행 중인 모델과 대화합니다(llama-server, Ollama 또는 OpenAI 호환 서버).</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>서버에 묻는 중…</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>지웠습니다.</translation>
        </message>
        <message>
            <source>{model} on {computer}</source>
            <translation>{computer}의 {model}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Same as this computer</source>
            <translation>이 컴퓨터 설정과 같게</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>밝게</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>어둡게</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>Instructions for the model</source>
            <translation>모델에게 주는 지시문</translation>
        </message>
        <message>
            <source>Reset to default</source>
            <translation>기본값으로</translation>
        </message>
        <message>
            <source>Put back the instructions ShortChat starts with</source>
            <translation>ShortChat의 처음 지시문으로 되돌립니다</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> 토큰</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>자동</translation>
        </message>
        <message>
            <source>gpu layers</source>
            <translation>GPU 레이어</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>테마</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>글자 크기</translation>
        </message>
        <message>
            <source> GB</source>
            <translation> GB</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>꺼짐</translation>
        </message>
        <message>
            <source>Disk for reopening chats</source>
            <translation>대화를 다시 열기 위한 디스크</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>비우기</translation>
        </message>
        <message>
            <source>Delete what is kept; long chats are read again the next time</source>
            <translation>보관한 것을 지웁니다. 긴 대화는 다음에 다시 읽습니다</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>고르기…</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>답변</translation>
        </message>
        <message>
            <source>What the model is told before every chat (a chat can have its own: Chat menu).</source>
            <translation>모든 대화를 시작하기 전에 모델에게 주는 말입니다(대화마다 따로 정할 수도 있습니다: 대화 메뉴).</translation>
        </message>
        <message>
            <source>Creativity</source>
            <translation>창의성</translation>
        </message>
        <message>
            <source>0 gives the likeliest words; higher gives more varied ones.</source>
            <translation>0이면 가장 그럴듯한 단어를, 높을수록 더 다양한 단어를 고릅니다.</translation>
        </message>
        <message>
            <source>Called “temperature”. At 0 the model always picks its likeliest next word, so the same question gets the same reply; higher values pick less likely words more often. 0.7 is a good start.</source>
            <translation>“temperature”라고 합니다. 0이면 모델이 늘 가장 그럴듯한 다음 단어를 골라 같은 질문에 같은 답을 합니다. 값이 높을수록 덜 그럴듯한 단어를 더 자주 고릅니다. 0.7로 시작하면 좋습니다.</translation>
        </message>
        <message>
            <source>Word choice</source>
            <translation>단어 선택</translation>
        </message>
        <message>
            <source>Lower keeps replies to the most probable words.</source>
            <translation>낮을수록 가장 그럴듯한 단어만 씁니다.</translation>
        </message>
        <message>
            <source>Called “top-p”. Before each word the model keeps only its likeliest candidates whose chances add up to this share: 0.95 leaves out the rarest 5 %; lower values give safer, plainer replies.</source>
            <translation>“top-p”라고 합니다. 모델은 단어마다 확률을 더해 이 비율이 될 때까지의 후보만 남깁니다. 0.95면 가장 드문 5 %를 뺍니다. 값이 낮을수록 답변이 무난하고 단순해집니다.</translation>
        </message>
        <message>
            <source>Longest reply</source>
            <translation>최대 답변 길이</translation>
        </message>
        <message>
            <source>A token is a word or a piece of one (about ¾ of a word).</source>
            <translation>토큰은 단어 하나나 그 일부입니다(영어 단어의 약 ¾).</translation>
        </message>
        <message>
            <source>Called “max tokens”: the reply stops after this many tokens even if the model is not done.</source>
            <translation>“max tokens”라고 합니다. 모델이 다 쓰지 않았어도 답변이 이 토큰 수에서 멈춥니다.</translation>
        </message>
        <message>
            <source>Memory and speed</source>
            <translation>메모리와 속도</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>대화 기억</translation>
        </message>
        <message>
            <source>How much of the chat the model sees at once; more needs more memory. Automatic: the most that fits easily here.</source>
            <translation>모델이 한 번에 보는 대화의 양입니다. 많을수록 메모리가 더 필요합니다. 자동: 이 컴퓨터에 무리 없이 맞는 최대치.</translation>
        </message>
        <message>
            <source>Called the “context”, counted in tokens. Older parts of a longer chat are left out of what the model sees.</source>
            <translation>“context”라고 하며 토큰으로 셉니다. 긴 대화에서는 오래된 부분이 모델이 보는 범위에서 빠집니다.</translation>
        </message>
        <message>
            <source>Processor cores</source>
            <translation>프로세서 코어</translation>
        </message>
        <message>
            <source>How many processor cores work on a reply. Automatic: all of them.</source>
            <translation>답변에 쓸 프로세서 코어 수입니다. 자동: 전부.</translation>
        </message>
        <message>
            <source>Called “CPU threads”: how many parts of the processor work on a reply at the same time. More than the computer has makes replies slower, not faster.</source>
            <translation>“CPU threads”라고 합니다. 프로세서의 몇 부분이 동시에 답변을 만드는지 정합니다. 컴퓨터에 있는 것보다 많으면 오히려 느려집니다.</translation>
        </message>
        <message>
            <source>Graphics card</source>
            <translation>그래픽 카드</translation>
        </message>
        <message>
            <source>How much of the model runs on the graphics card. Automatic: as much as fits.</source>
            <translation>모델 중 그래픽 카드에서 돌릴 부분입니다. 자동: 들어가는 만큼.</translation>
        </message>
        <message>
            <source>Called “GPU layers”: the model is a stack of layers, and this many of them run on the graphics card, which is faster; the rest run on the processor.</source>
            <translation>“GPU layers”라고 합니다. 모델은 여러 층(레이어)으로 되어 있고, 그중 이만큼을 더 빠른 그래픽 카드에서, 나머지는 프로세서에서 돌립니다.</translation>
        </message>
        <message>
            <source>Memory, cores and graphics card take effect the next time a model loads.</source>
            <translation>메모리, 코어, 그래픽 카드 설정은 다음에 모델을 불러올 때 적용됩니다.</translation>
        </message>
        <message>
            <source>Memory and cores take effect the next time a model loads.</source>
            <translation>메모리와 코어 설정은 다음에 모델을 불러올 때 적용됩니다.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>모양</translation>
        </message>
        <message>
            <source>Light or dark, or whatever this computer uses.</source>
            <translation>밝게, 어둡게, 또는 이 컴퓨터 설정대로.</translation>
        </message>
        <message>
            <source>The window's language; it changes the next time ShortChat starts.</source>
            <translation>창에 쓰는 언어입니다. ShortChat을 다음에 시작할 때 바뀝니다.</translation>
        </message>
        <message>
            <source>Of this computer's own text size, for the whole window and the chat. Anywhere: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 back to 100 %.</source>
            <translation>이 컴퓨터의 글자 크기에 대한 비율로, 창 전체와 대화에 적용됩니다. 어디서든 Ctrl+= 크게, Ctrl+- 작게, Ctrl+0 100 %로.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>파일</translation>
        </message>
        <message>
            <source>{size} used</source>
            <translation>{size} 사용 중</translation>
        </message>
        <message>
            <source>Models folder</source>
            <translation>모델 폴더</translation>
        </message>
        <message>
            <source>Where downloaded models are kept.</source>
            <translation>다운로드한 모델을 두는 곳입니다.</translation>
        </message>
        <message>
            <source>Reopening chats</source>
            <translation>대화 다시 열기</translation>
        </message>
        <message>
            <source>Disk space for what the model has read of your recent chats, so a long chat continues at once instead of being read again. The least recently used go first when it is full.</source>
            <translation>최근 대화에서 모델이 읽은 내용을 보관할 디스크 공간입니다. 긴 대화를 다시 읽지 않고 바로 이어 갈 수 있습니다. 가득 차면 가장 오래 안 쓴 것부터 지웁니다.</translation>
        </message>
        <message>
            <source>llama.cpp's state (its KV cache) of each recent chat, saved after a reply and used again only when the chat, the model and its settings are exactly the same.</source>
            <translation>최근 대화마다 답변 뒤에 저장하는 llama.cpp의 상태(KV 캐시)입니다. 대화, 모델, 설정이 모두 똑같을 때만 다시 씁니다.</translation>
        </message>
        <message>
            <source>Other apps</source>
            <translation>다른 앱</translation>
        </message>
        <message>
            <source>Other programs on this computer can use the model loaded here. Takes effect at once.</source>
            <translation>이 컴퓨터의 다른 프로그램이 여기서 불러온 모델을 쓸 수 있습니다. 바로 적용됩니다.</translation>
        </message>
        <message>
            <source>An OpenAI-compatible API at this address, for this computer only (as `shortchat serve`).</source>
            <translation>이 주소의 OpenAI 호환 API로, 이 컴퓨터에서만 쓸 수 있습니다(`shortchat serve`와 같음).</translation>
        </message>
        <message>
            <source>Instructions for this chat</source>
            <translation>이 대화의 지시문</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>기본값 쓰기</translation>
        </message>
        <message>
            <source>What the model is told before this chat (the other chats keep theirs):</source>
            <translation>이 대화 앞에 모델에게 주는 말입니다(다른 대화는 각자의 지시문을 그대로 씁니다):</translation>
        </message>
    </context>
    <context>
        <name>SimpleChoices</name>
        <message>
            <source>No model fits this computer's memory right now. Close other programs, or look at “All sizes and quality levels” for the smallest ones.</source>
            <translation>지금은 이 컴퓨터의 메모리에 맞는 모델이 없습니다. 다른 프로그램을 닫거나 “모든 크기와 품질 단계”에서 가장 작은 모델을 보세요.</translation>
        </message>
        <message>
            <source>{model}: not published on the model hub yet, so it cannot be downloaded.</source>
            <translation>{model}: 아직 모델 허브에 공개되지 않아 다운로드할 수 없습니다.</translation>
        </message>
        <message>
            <source>{model}: not known yet (the model hub could not be reached).</source>
            <translation>{model}: 아직 알 수 없습니다(모델 허브에 연결하지 못했습니다).</translation>
        </message>
        <message>
            <source>Asking the model hub which models are available…</source>
            <translation>어떤 모델이 있는지 모델 허브에 묻는 중…</translation>
        </message>
        <message>
            <source>needs {size} of memory (measured here)</source>
            <translation>메모리 {size} 필요(이 컴퓨터에서 측정)</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>메모리 약 {size} 필요</translation>
        </message>
        <message>
            <source>On this computer, {size}</source>
            <translation>이 컴퓨터에 있음, {size}</translation>
        </message>
        <message>
            <source>Download {size}</source>
            <translation>다운로드 {size}</translation>
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
            <translation>{value}바이트</translation>
        </message>
        <message>
            <source>{value} s</source>
            <translation>{value}초</translation>
        </message>
        <message>
            <source>{value} min</source>
            <translation>{value}분</translation>
        </message>
        <message>
            <source>{value} h</source>
            <translation>{value}시간</translation>
        </message>
    </context>
    <context>
        <name>Speed</name>
        <message>
            <source>over {count} words/s</source>
            <translation>초당 {count}단어 이상</translation>
        </message>
        <message>
            <source>{count} words/s</source>
            <translation>초당 {count}단어</translation>
        </message>
        <message>
            <source>speed unknown</source>
            <translation>속도 알 수 없음</translation>
        </message>
        <message>
            <source>{speed}, measured</source>
            <translation>{speed}, 측정값</translation>
        </message>
        <message>
            <source>about {speed}</source>
            <translation>약 {speed}</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>No model loaded</source>
            <translation>불러온 모델 없음</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>대화 기억</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>모델 불러오는 중</translation>
        </message>
        <message>
            <source>The model stopped · it loads again when you send</source>
            <translation>모델이 멈췄습니다 · 보내면 다시 불러옵니다</translation>
        </message>
    </context>
</TS>