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
            <source>{side} is answering ({model})…</source>
            <translation>{side}이(가) 답변하는 중입니다({model})…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>멈추기</translation>
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
            <source>Re&amp;name this chat…</source>
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
        <name>Speed</name>
        <message>
            <source>over {count} words/s</source>
            <translation>초당 {count}단어 이상</translation>
        </message>
        <message>
            <source>{count} words/s</source>
            <translation>초당 {count}단어</translation>
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