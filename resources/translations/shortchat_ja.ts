<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>About</name>
        <message>
            <source>The licence texts are missing from this installation.</source>
            <translation>このインストールにはライセンス文書がありません。</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>{app} について</translation>
        </message>
        <message>
            <source>Chat offline with Nota AI's pruned Vicuna models.</source>
            <translation>Nota AI が軽量化した Vicuna モデルとオフラインでチャットできます。</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>ライセンス</translation>
        </message>
    </context>
    <context>
        <name>ApiSharing</name>
        <message>
            <source>Let other apps on this computer use ShortChat</source>
            <translation>このコンピューターの他のアプリに ShortChat の使用を許可</translation>
        </message>
        <message>
            <source>Address for other apps</source>
            <translation>ほかのアプリ用のアドレス</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>コピー</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>オフ</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something unexpected went wrong ({kind}).
Details were written to the log in {folder}.</source>
            <translation>予期しない問題が起きました（{kind}）。
詳しい内容は {folder} のログに記録しました。</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Rename this chat</source>
            <translation>このチャットの名前を変更</translation>
        </message>
        <message>
            <source>A new name for this chat:</source>
            <translation>このチャットの新しい名前:</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>昨日</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>それ以前</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>新しいチャット</translation>
        </message>
        <message>
            <source>Start a new chat (Ctrl+N)</source>
            <translation>新しいチャットを始める (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search all chats…</source>
            <translation>すべてのチャットを検索…</translation>
        </message>
        <message>
            <source>Search all chats</source>
            <translation>すべてのチャットを検索</translation>
        </message>
        <message>
            <source>Chats</source>
            <translation>チャット一覧</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>見つかりませんでした。</translation>
        </message>
        <message>
            <source>Your chats will be listed here.</source>
            <translation>チャットはここに表示されます。</translation>
        </message>
        <message>
            <source>Chats of {day}</source>
            <translation>{day}のチャット</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>名前を変更…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
    </context>
    <context>
        <name>ChatMemory</name>
        <message>
            <source>Chat memory {percent} % full</source>
            <translation>チャットの記憶 {percent} % 使用</translation>
        </message>
        <message>
            <source> · the oldest are left out</source>
            <translation> · 最も古いメッセージは外れました</translation>
        </message>
        <message>
            <source> · the oldest go soon</source>
            <translation> · まもなく最も古いメッセージが外れます</translation>
        </message>
        <message>
            <source>How much of what the model can keep in mind ({tokens} tokens, about {words} words) this chat uses. When it is full, the oldest messages are left out of what the model reads.</source>
            <translation>このチャットが、モデルが覚えていられる量（{tokens} トークン、約 {words} 語）のうちどれだけを使っているかを示します。いっぱいになると、古いメッセージから順にモデルが読む内容から外れます。</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its oldest exchange was left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>このチャットはモデルが覚えていられる長さを超えました。この返答では、いちばん古いやり取りが読まれていません。新しいチャット（Ctrl+N）で最初からやり直せます。</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its %n oldest exchanges were left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>このチャットはモデルが覚えていられる長さを超えました。この返答では、古いやり取り %n 件が読まれていません。新しいチャット（Ctrl+N）で最初からやり直せます。</translation>
        </message>
        <message>
            <source>A longer chat memory (Settings → Chat memory) may also fit on this computer.</source>
            <translation>このコンピューターなら、もっと長いチャットの記憶（設定 → チャットの記憶）も使えるかもしれません。</translation>
        </message>
    </context>
    <context>
        <name>ChatPage</name>
        <message>
            <source>Ask anything. Everything stays on this computer.</source>
            <translation>何でも聞いてください。内容はすべてこのコンピューターの中だけに残ります。</translation>
        </message>
        <message>
            <source>Editing an earlier message: Send asks it again as a new version (the old one stays, ‹ › switches between them).</source>
            <translation>前のメッセージを編集中です。送信すると新しいバージョンとして聞き直します（前のものも残り、‹ › で切り替えられます）。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Stop editing and keep the message as it was (Esc)</source>
            <translation>編集をやめてメッセージを元のままにする (Esc)</translation>
        </message>
        <message>
            <source>The reply stopped at its length limit.</source>
            <translation>返答が長さの上限で止まりました。</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>続ける</translation>
        </message>
        <message>
            <source>Go on writing this reply from where it stopped (Ctrl+Shift+Enter)</source>
            <translation>止まったところからこの返答の続きを書く (Ctrl+Shift+Enter)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>送信</translation>
        </message>
        <message>
            <source>Send or stop</source>
            <translation>送信または停止</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>書き直す</translation>
        </message>
        <message>
            <source>Write the last reply again (Ctrl+R)</source>
            <translation>最後の返答を書き直す (Ctrl+R)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>返答を止める (Esc)</translation>
        </message>
        <message>
            <source>Send the message (Enter)</source>
            <translation>メッセージを送信 (Enter)</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>会話</translation>
        </message>
        <message>
            <source>The messages of this chat. Ctrl+Up and Ctrl+Down read the messages one by one; Alt+Down and Alt+Up move between a message's buttons; a finished reply is read out once.</source>
            <translation>このチャットのメッセージです。Ctrl+↑ と Ctrl+↓ でメッセージを一つずつ読み上げ、Alt+↓ と Alt+↑ でメッセージのボタン間を移動します。書き終わった返答は一度だけ読み上げます。</translation>
        </message>
        <message>
            <source>{author} replied: {reply}</source>
            <translation>{author} の返答: {reply}</translation>
        </message>
        <message>
            <source>Message copied</source>
            <translation>メッセージをコピーしました</translation>
        </message>
        <message>
            <source>Code copied</source>
            <translation>コードをコピーしました</translation>
        </message>
        <message>
            <source>Show earlier messages</source>
            <translation>以前のメッセージを表示</translation>
        </message>
        <message>
            <source>{author}, message {number} of {count}: {text}</source>
            <translation>{author}、{count} 件中 {number} 件目のメッセージ：{text}</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Model {side}</source>
            <translation>モデル {side}</translation>
        </message>
        <message>
            <source>Answers of model {side}</source>
            <translation>モデル {side} の返答</translation>
        </message>
        <message>
            <source>The answers of {side} appear here.</source>
            <translation>{side} の返答がここに表示されます。</translation>
        </message>
        <message>
            <source>Speed of model {side}</source>
            <translation>モデル {side} の速度</translation>
        </message>
        <message>
            <source>Compare two models</source>
            <translation>2つのモデルを比較</translation>
        </message>
        <message>
            <source>Ask both models the same question. They answer one after the other, so each gets the whole computer and the speeds are fair; follow-up questions continue both chats.</source>
            <translation>2つのモデルに同じ質問をします。順番に答えるので、それぞれがコンピューター全体を使え、速さを公平に比べられます。続けて質問すると、両方のチャットが続きます。</translation>
        </message>
        <message>
            <source>A question for both… (Enter asks)</source>
            <translation>両方への質問… (Enter で質問)</translation>
        </message>
        <message>
            <source>Ask both</source>
            <translation>両方に聞く</translation>
        </message>
        <message>
            <source>You</source>
            <translation>あなた</translation>
        </message>
        <message>
            <source>{side} is answering ({model})…</source>
            <translation>{side} が返答中です（{model}）…</translation>
        </message>
        <message>
            <source>Both models stay loaded: they fit in memory together.</source>
            <translation>両方のモデルを読み込んだままにします。一緒にメモリに収まります。</translation>
        </message>
        <message>
            <source>One model in memory at a time: they load in turn.</source>
            <translation>メモリには一度に 1 つのモデルだけ。順番に読み込みます。</translation>
        </message>
        <message>
            <source>One of them answers from another computer, so both stay ready.</source>
            <translation>片方は別のコンピューターから返答するので、両方とも準備ができたままです。</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
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
            <translation>{count} トークン</translation>
        </message>
        <message>
            <source>{seconds} s in all, loading included</source>
            <translation>合計 {seconds} 秒（読み込みを含む）</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Writing: {rate} tokens/s (after the first token, which is what the verdict compares). First token after {seconds} s (reading the prompt, {count} tokens).</source>
            <translation>書く速さ：毎秒 {rate} トークン（最初のトークンの後。判定が比べるのはこの値）。最初のトークンまで {seconds} 秒（プロンプトの読み取り、{count} トークン）。</translation>
        </message>
        <message>
            <source>The answers are too short to tell which writes faster (under {count} tokens): ask for a longer one.</source>
            <translation>返答が短すぎて（{count} トークン未満）どちらが速く書くか判断できません。もっと長い返答を求めてください。</translation>
        </message>
        <message>
            <source>They wrote about as fast as each other (the difference is within measuring noise).</source>
            <translation>どちらもほぼ同じ速さで書きました（差は測定の誤差の範囲内です）。</translation>
        </message>
        <message>
            <source>{name} wrote faster: {faster} against {slower}, {ratio} times as fast.</source>
            <translation>{name} のほうが速く書きました：{faster} 対 {slower}、{ratio} 倍の速さです。</translation>
        </message>
        <message>
            <source>{name}: {rate} tokens/s</source>
            <translation>{name}：毎秒 {rate} トークン</translation>
        </message>
        <message>
            <source>Writing speed after the first token ({rates}). Loading and reading the prompt are left out; a difference under {share} is noise, and answers under {count} tokens are too short to measure.</source>
            <translation>最初のトークン以降の書く速さ（{rates}）。読み込みとプロンプトの読み取りは除きます。{share} 未満の差は誤差で、{count} トークン未満の返答は短すぎて測れません。</translation>
        </message>
    </context>
    <context>
        <name>Conversation</name>
        <message>
            <source>Your message was not sent. {reason}</source>
            <translation>メッセージは送信されませんでした。{reason}</translation>
        </message>
        <message>
            <source>You</source>
            <translation>あなた</translation>
        </message>
        <message>
            <source>The reply will start as soon as the model is loaded.</source>
            <translation>モデルの読み込みが終わりしだい返答を始めます。</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>先にモデルを選んでください。</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>アシスタント</translation>
        </message>
        <message>
            <source>Reading the chat… {percent} %</source>
            <translation>チャットを読んでいます… {percent} %</translation>
        </message>
        <message>
            <source>{speed} tokens/s · {count} tokens</source>
            <translation>毎秒 {speed} トークン · {count} トークン</translation>
        </message>
        <message>
            <source> · stopped at the length limit</source>
            <translation> · 長さの上限で停止</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>未完了</translation>
        </message>
        <message>
            <source>Stop the reply first (Esc).</source>
            <translation>先に返答を止めてください (Esc)。</translation>
        </message>
        <message>
            <source>Wait for the reply to end, or stop it (Esc).</source>
            <translation>返答が終わるまで待つか、止めてください (Esc)。</translation>
        </message>
        <message>
            <source>There is no chat to export yet.</source>
            <translation>書き出せるチャットがまだありません。</translation>
        </message>
        <message>
            <source>Export the chat</source>
            <translation>チャットを書き出す</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The chat could not be saved there: {reason}.</source>
            <translation>そこにはチャットを保存できませんでした: {reason}。</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} に保存しました</translation>
        </message>
        <message>
            <source>The whole chat was copied</source>
            <translation>チャット全体をコピーしました</translation>
        </message>
        <message>
            <source>Reply copied</source>
            <translation>返答をコピーしました</translation>
        </message>
    </context>
    <context>
        <name>Download</name>
        <message>
            <source>You are offline (the model hub could not be reached); downloaded models still work. Connect to the internet to download new ones.</source>
            <translation>オフラインです（モデルのハブに接続できません）。ダウンロード済みのモデルはそのまま使えます。新しいモデルをダウンロードするにはインターネットに接続してください。</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached. Your models work as usual; to download another one, connect to the internet and press Try again.</source>
            <translation>オフラインです。モデルのハブに接続できません。お持ちのモデルはいつもどおり使えます。別のモデルをダウンロードするには、インターネットに接続して「再試行」を押してください。</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached, and no model is on this computer yet. Connect to the internet and press Try again, or use “Add a file from disk…” for a model file you already have.</source>
            <translation>オフラインです。モデルのハブに接続できず、このコンピューターにはまだモデルがありません。インターネットに接続して「再試行」を押すか、お持ちのモデルファイルは「ディスクからファイルを追加…」で追加してください。</translation>
        </message>
        <message>
            <source>Another ShortChat is downloading {name} right now; waiting for it to finish…</source>
            <translation>別の ShortChat が今 {name} をダウンロードしています。終わるのを待っています…</translation>
        </message>
        <message>
            <source>The partly downloaded {file} disappeared from the models folder. Please download it again.</source>
            <translation>途中までダウンロードした {file} がモデルフォルダーから消えました。もう一度ダウンロードしてください。</translation>
        </message>
        <message>
            <source>The downloaded {file} is damaged (its checksum does not match the hub's), so it was deleted. Please download it again.</source>
            <translation>ダウンロードした {file} は壊れていたため（チェックサムがハブのものと一致しません）、削除しました。もう一度ダウンロードしてください。</translation>
        </message>
        <message>
            <source>The connection was lost at {done} of {total}. Try again later: the download will continue from there.</source>
            <translation>{total} のうち {done} の時点で接続が切れました。あとでもう一度試してください。ダウンロードはそこから続きます。</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in a moment (attempt {attempt} of {attempts}).</source>
            <translation>モデルのハブとの接続が {total} のうち {done} で止まりました。すぐにもう一度試します（{attempts} 回中 {attempt} 回目）。</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in {pause} (attempt {attempt} of {attempts}).</source>
            <translation>モデルのハブとの接続が {total} のうち {done} で止まりました。{pause}後にもう一度試します（{attempts} 回中 {attempt} 回目）。</translation>
        </message>
        <message>
            <source>Not enough disk space for {file}: it needs {needed} free (with a little room to spare), but only {free} is free. Free some space, or choose a smaller model.</source>
            <translation>{file} を保存するディスク容量が足りません。少し余裕を見て {needed} の空きが必要ですが、空きは {free} しかありません。空き容量を増やすか、もっと小さいモデルを選んでください。</translation>
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <source>Asking the model hub…</source>
            <translation>モデルハブに問い合わせ中…</translation>
        </message>
        <message>
            <source>Checking what was already downloaded… {share}</source>
            <translation>ダウンロード済みの部分を確認中… {share}</translation>
        </message>
        <message>
            <source>Verifying the file…</source>
            <translation>ファイルを検証中…</translation>
        </message>
        <message>
            <source>Downloaded and verified ✓</source>
            <translation>ダウンロードと検証が完了 ✓</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{total} 中 {done}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <translation>{size}/秒</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>残り {time}</translation>
        </message>
        <message>
            <source>Download of {model}</source>
            <translation>{model} のダウンロード</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop downloading {model}</source>
            <translation>{model} のダウンロードを停止</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>続ける</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Remove from this list (and delete what was downloaded of an unfinished file)</source>
            <translation>この一覧から削除（未完了のファイルはダウンロード済みの部分も削除）</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>再試行</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>非表示</translation>
        </message>
        <message>
            <source>No data for {seconds} s · retrying</source>
            <translation>{seconds} 秒間データなし · 再試行中</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>ダウンロード</translation>
        </message>
        <message>
            <source>Stopped at {share}: press Continue to finish it.</source>
            <translation>{share} で停止しました。「続ける」を押すと最後までダウンロードします。</translation>
        </message>
        <message>
            <source>Waiting for the download before it…</source>
            <translation>前のダウンロードを待っています…</translation>
        </message>
        <message>
            <source>Stopped before it began.</source>
            <translation>始まる前に停止しました。</translation>
        </message>
        <message>
            <source>Stopped. Press Continue to go on from where it stopped.</source>
            <translation>停止しました。「続ける」を押すと止まったところから再開します。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>There is no reply to write again yet.</source>
            <translation>書き直せる返答はまだありません。</translation>
        </message>
        <message>
            <source>Only your own messages in this chat can be edited.</source>
            <translation>このチャットで編集できるのは、自分が送ったメッセージだけです。</translation>
        </message>
        <message>
            <source>There is no reply to continue.</source>
            <translation>続きを書ける返答がありません。</translation>
        </message>
        <message>
            <source>No model is loaded. Choose a model first.</source>
            <translation>モデルが読み込まれていません。先にモデルを選んでください。</translation>
        </message>
        <message>
            <source>another ShortChat (or another program) kept the chat history busy for over {seconds} s</source>
            <translation>別の ShortChat（またはほかのプログラム）が {seconds} 秒以上チャット履歴を使い続けていた</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>ディスクに空きがない</translation>
        </message>
        <message>
            <source>the chat history's folder cannot be written</source>
            <translation>チャット履歴のフォルダーに書き込めない</translation>
        </message>
        <message>
            <source>the disk could not be written or read (a disk error)</source>
            <translation>ディスクの読み書きができなかった（ディスクのエラー）</translation>
        </message>
        <message>
            <source>the chat history file is damaged (ShortChat repairs it when it starts next)</source>
            <translation>チャット履歴のファイルが壊れている（次に ShortChat を起動したときに修復）</translation>
        </message>
        <message>
            <source>the chat history refused it ({why})</source>
            <translation>チャット履歴が処理を受け付けなかった（{why}）</translation>
        </message>
        <message>
            <source>The chat history's folder cannot be created ({why}).</source>
            <translation>チャット履歴のフォルダーを作成できません（{why}）。</translation>
        </message>
        <message>
            <source>The chat history could not be opened: {why}.</source>
            <translation>チャット履歴を開けませんでした: {why}。</translation>
        </message>
        <message>
            <source>The chat history was written by a newer ShortChat. Update ShortChat to open it (nothing was changed).</source>
            <translation>このチャット履歴は、より新しいバージョンの ShortChat で保存されています。開くには ShortChat を更新してください（履歴は何も変更していません）。</translation>
        </message>
        <message>
            <source>The chat history file was damaged. {saved} of {total} messages were recovered into a new file; the damaged one was kept as {name}.</source>
            <translation>チャット履歴のファイルが壊れていました。{total} 件中 {saved} 件のメッセージを新しいファイルに復元し、壊れたファイルは {name} として残しました。</translation>
        </message>
        <message>
            <source>The chat history file could not be read ({why}); it was kept as {name} and a new one started.</source>
            <translation>チャット履歴のファイルを読み込めなかったため（{why}）、{name} として残し、新しいファイルで始めました。</translation>
        </message>
        <message>
            <source>This was not saved: {why}. Try again in a moment.</source>
            <translation>保存できませんでした: {why}。少し待ってからもう一度試してください。</translation>
        </message>
        <message>
            <source>That chat no longer exists.</source>
            <translation>そのチャットはもう存在しません。</translation>
        </message>
        <message>
            <source>That message could not be read.</source>
            <translation>そのメッセージを読み込めませんでした。</translation>
        </message>
        <message>
            <source>A damaged message was set aside ({why}); the rest of the chat is shown.</source>
            <translation>壊れたメッセージを 1 件除外し（{why}）、残りのチャットを表示しています。</translation>
        </message>
        <message>
            <source>Until that is fixed, new chats are kept only while ShortChat is open.</source>
            <translation>この問題が解決するまで、新しいチャットは ShortChat を開いている間だけ保持されます。</translation>
        </message>
        <message>
            <source>Your earlier chat is shown, but changes to it are not kept.</source>
            <translation>以前のチャットは表示されますが、変更は保存されません。</translation>
        </message>
        <message>
            <source>Your {count} earlier chats are shown, but changes to them are not kept.</source>
            <translation>以前のチャット {count} 件は表示されますが、変更は保存されません。</translation>
        </message>
        <message>
            <source>llama.cpp crashed (segmentation fault)</source>
            <translation>llama.cpp がクラッシュした（セグメンテーション違反）</translation>
        </message>
        <message>
            <source>llama.cpp could not read the model file any more (was it moved or changed?)</source>
            <translation>llama.cpp がモデルファイルを読めなくなった（ファイルを移動または変更しましたか？）</translation>
        </message>
        <message>
            <source>llama.cpp crashed on bad numbers in the model file</source>
            <translation>モデルファイル内の不正な数値が原因で llama.cpp がクラッシュした</translation>
        </message>
        <message>
            <source>llama.cpp used a processor instruction this computer does not have</source>
            <translation>llama.cpp が、このコンピューターのプロセッサーにない命令を使おうとした</translation>
        </message>
        <message>
            <source>llama.cpp stopped itself</source>
            <translation>llama.cpp が自ら停止した</translation>
        </message>
        <message>
            <source>it was asked to stop by another program</source>
            <translation>ほかのプログラムから停止を求められた</translation>
        </message>
        <message>
            <source>it was stopped by the system because the computer ran out of memory</source>
            <translation>コンピューターのメモリーが足りなくなり、システムによって停止された</translation>
        </message>
        <message>
            <source>it was stopped by the system or by another program</source>
            <translation>システムまたはほかのプログラムによって停止された</translation>
        </message>
        <message>
            <source>it stopped responding, so ShortChat ended it</source>
            <translation>応答しなくなったため、ShortChat が終了させた</translation>
        </message>
        <message>
            <source>it could not get enough memory</source>
            <translation>十分なメモリーを確保できなかった</translation>
        </message>
        <message>
            <source>an internal check failed</source>
            <translation>内部チェックに失敗した</translation>
        </message>
        <message>
            <source>The model stopped unexpectedly: {reason}. Your conversation is safe; load the model again to continue.</source>
            <translation>モデルが予期せず停止しました: {reason}。チャットの内容は失われていません。続けるには、モデルをもう一度読み込んでください。</translation>
        </message>
        <message>
            <source>it was ended by {signal}</source>
            <translation>{signal} によって終了した</translation>
        </message>
        <message>
            <source>it stopped responding</source>
            <translation>応答しなくなった</translation>
        </message>
        <message>
            <source>it exited with code {code}</source>
            <translation>終了コード {code} で終了した</translation>
        </message>
        <message>
            <source>{reason} ({cause})</source>
            <translation>{reason}（{cause}）</translation>
        </message>
        <message>
            <source>{name} did not fit in this computer's memory: {reason}.</source>
            <translation>{name} がこのコンピューターのメモリーに収まりませんでした: {reason}。</translation>
        </message>
        <message>
            <source>{name} could not be loaded: {reason}. The file may be damaged, or too large for this computer.</source>
            <translation>{name} を読み込めませんでした: {reason}。ファイルが壊れているか、このコンピューターには大きすぎる可能性があります。</translation>
        </message>
        <message>
            <source>The model is still busy with the previous request.</source>
            <translation>モデルはまだ前のリクエストを処理しています。</translation>
        </message>
        <message>
            <source>Stopped because ShortChat is closing.</source>
            <translation>ShortChat を終了するため、停止しました。</translation>
        </message>
        <message>
            <source>There was not enough memory to finish this. Close other programs, or choose a smaller model.</source>
            <translation>メモリーが足りず、最後まで処理できませんでした。ほかのプログラムを閉じるか、もっと小さいモデルを選んでください。</translation>
        </message>
        <message>
            <source>Something went wrong inside llama.cpp while it was working; the details are in the log ({log}).</source>
            <translation>処理中に llama.cpp の内部で問題が起きました。詳しい内容はログ（{log}）にあります。</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model, which this version of ShortChat cannot run.</source>
            <translation>{name} は「{arch}」モデルのため、このバージョンの ShortChat では実行できません。</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged. If you downloaded it, download it again.</source>
            <translation>{name} は不完全か、壊れています。ダウンロードしたファイルなら、もう一度ダウンロードしてください。</translation>
        </message>
        <message>
            <source>There is not enough memory to load {name}. Close other programs or choose a smaller model.</source>
            <translation>{name} を読み込むにはメモリーが足りません。ほかのプログラムを閉じるか、もっと小さいモデルを選んでください。</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program (llama.cpp said: {cause}).</source>
            <translation>{name} を読み込めませんでした。壊れているか、別のプログラム用のファイルかもしれません（llama.cpp のメッセージ: {cause}）。</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program.</source>
            <translation>{name} を読み込めませんでした。壊れているか、別のプログラム用のファイルかもしれません。</translation>
        </message>
        <message>
            <source>llama.cpp found no way to run models on this computer (no CPU backend was found).</source>
            <translation>llama.cpp は、このコンピューターでモデルを動かす方法を見つけられませんでした（CPU バックエンドが見つかりません）。</translation>
        </message>
        <message>
            <source>The reply length ({reply_tokens} tokens) leaves no room in the model's context of {n_ctx} tokens. Choose a shorter reply length.</source>
            <translation>返答の長さ（{reply_tokens} トークン）で、モデルのチャットの記憶（{n_ctx} トークン）が埋まってしまいます。返答の最大長をもっと短くしてください。</translation>
        </message>
        <message>
            <source>This message is too long for the model: with the instructions it needs {count} tokens, but only {budget} fit beside a reply of {reply_tokens} tokens. Shorten the message, or choose a longer context or a shorter reply in the settings.</source>
            <translation>このメッセージはモデルには長すぎます。指示と合わせて {count} トークン必要ですが、{reply_tokens} トークンの返答の分を除くと {budget} トークンしか入りません。メッセージを短くするか、設定でチャットの記憶を長くするか返答の最大長を短くしてください。</translation>
        </message>
        <message>
            <source>Refused to download a file with an unsafe name: {name}.</source>
            <translation>安全でない名前のファイルのため、ダウンロードしませんでした: {name}。</translation>
        </message>
        <message>
            <source>{file} is not (or no longer) published in {repo}.</source>
            <translation>{file} は {repo} で公開されていません（または公開が終了しています）。</translation>
        </message>
        <message>
            <source>The hub gives no checksum for {file}, so it cannot be verified.</source>
            <translation>ハブに {file} のチェックサムがないため、ファイルを検証できません。</translation>
        </message>
        <message>
            <source>{repo} is not published on the model hub.</source>
            <translation>{repo} はモデルハブで公開されていません。</translation>
        </message>
        <message>
            <source>The model hub gave an answer ShortChat does not understand ({why}).</source>
            <translation>モデルハブから、ShortChat が理解できない応答が返ってきました（{why}）。</translation>
        </message>
        <message>
            <source>Stopped waiting; the other ShortChat is still downloading {name}.</source>
            <translation>待つのをやめました。別の ShortChat がまだ {name} をダウンロードしています。</translation>
        </message>
        <message>
            <source>The download was stopped. It will continue from here next time.</source>
            <translation>ダウンロードを停止しました。次回はここから続きます。</translation>
        </message>
        <message>
            <source>The download of {file} failed: {why}</source>
            <translation>{file} のダウンロードに失敗しました: {why}</translation>
        </message>
        <message>
            <source>{file} changed on the model hub while it was downloading. Try again to download the new version.</source>
            <translation>ダウンロード中に、モデルハブ上の {file} が変更されました。新しいバージョンをダウンロードするには「再試行」を押してください。</translation>
        </message>
        <message>
            <source>The download was stopped while its file was being checked.</source>
            <translation>ファイルの確認中にダウンロードが停止されました。</translation>
        </message>
        <message>
            <source>context length</source>
            <translation>コンテキスト長</translation>
        </message>
        <message>
            <source>layer count</source>
            <translation>レイヤー数</translation>
        </message>
        <message>
            <source>embedding size</source>
            <translation>埋め込みサイズ</translation>
        </message>
        <message>
            <source>attention head count</source>
            <translation>アテンションヘッド数</translation>
        </message>
        <message>
            <source>feed-forward size</source>
            <translation>フィードフォワードサイズ</translation>
        </message>
        <message>
            <source>file type</source>
            <translation>ファイル形式</translation>
        </message>
        <message>
            <source>alignment</source>
            <translation>アラインメント</translation>
        </message>
        <message>
            <source>it does not say what kind of model it is</source>
            <translation>モデルの種類が記載されていない</translation>
        </message>
        <message>
            <source>its {words} is {value}, which no model has</source>
            <translation>{words}が {value} になっているが、そのような値のモデルは存在しない</translation>
        </message>
        <message>
            <source>its vocabulary is empty or impossibly large</source>
            <translation>語彙が空か、あり得ないほど大きい</translation>
        </message>
        <message>
            <source>it ends too early</source>
            <translation>ファイルが途中で終わっている</translation>
        </message>
        <message>
            <source>a text field has an impossible length</source>
            <translation>テキストフィールドの長さがあり得ない値になっている</translation>
        </message>
        <message>
            <source>an array has an impossible length</source>
            <translation>配列の長さがあり得ない値になっている</translation>
        </message>
        <message>
            <source>an array has an unknown element type {element_type}</source>
            <translation>配列の要素の型 {element_type} が不明</translation>
        </message>
        <message>
            <source>a value has an unknown type {value_type}</source>
            <translation>値の型 {value_type} が不明</translation>
        </message>
        <message>
            <source>a tensor has too many dimensions</source>
            <translation>テンソルの次元が多すぎる</translation>
        </message>
        <message>
            <source>a tensor has a size of zero</source>
            <translation>サイズが 0 のテンソルがある</translation>
        </message>
        <message>
            <source>a tensor's data is misplaced</source>
            <translation>テンソルのデータの位置が正しくない</translation>
        </message>
        <message>
            <source>a tensor's size does not match its type</source>
            <translation>テンソルのサイズが型と合わない</translation>
        </message>
        <message>
            <source>{name} is a link to a file that is not there.</source>
            <translation>{name} は、存在しないファイルへのリンクです。</translation>
        </message>
        <message>
            <source>There is no model file at {path}.</source>
            <translation>{path} にモデルファイルがありません。</translation>
        </message>
        <message>
            <source>{name} is a link that leads nowhere (it loops back on itself).</source>
            <translation>{name} は、どこにもつながっていないリンクです（リンク先をたどると自分自身に戻ってしまいます）。</translation>
        </message>
        <message>
            <source>{name} could not be read: {why}.</source>
            <translation>{name} を読み込めませんでした: {why}。</translation>
        </message>
        <message>
            <source>{path} is a folder, not a model file.</source>
            <translation>{path} はモデルファイルではなく、フォルダーです。</translation>
        </message>
        <message>
            <source>{name} is not a regular file (it is a pipe, a device or a socket), so it is no model.</source>
            <translation>{name} は通常のファイルではない（パイプ、デバイス、またはソケットです）ため、モデルではありません。</translation>
        </message>
        <message>
            <source>{name} is not a regular file, so it is no model.</source>
            <translation>{name} は通常のファイルではないため、モデルではありません。</translation>
        </message>
        <message>
            <source>{name} uses the old GGML format, which llama.cpp no longer reads. Download the GGUF version of this model instead.</source>
            <translation>{name} は古い GGML 形式で、llama.cpp ではもう読み込めません。代わりに、このモデルの GGUF 版をダウンロードしてください。</translation>
        </message>
        <message>
            <source>{name} is not a GGUF model file. ShortChat runs models in the GGUF format (files ending in .gguf).</source>
            <translation>{name} は GGUF のモデルファイルではありません。ShortChat が動かせるのは GGUF 形式（.gguf で終わるファイル）のモデルです。</translation>
        </message>
        <message>
            <source>{name} is GGUF version {version}, which this version of ShortChat cannot read.</source>
            <translation>{name} は GGUF バージョン {version} のファイルで、このバージョンの ShortChat では読み込めません。</translation>
        </message>
        <message>
            <source>its header counts are impossible</source>
            <translation>ヘッダーに記録された個数があり得ない値になっている</translation>
        </message>
        <message>
            <source>a metadata key is empty</source>
            <translation>空のメタデータキーがある</translation>
        </message>
        <message>
            <source>a metadata key appears twice</source>
            <translation>同じメタデータキーが 2 回出てくる</translation>
        </message>
        <message>
            <source>ShortChat is not allowed to read {name}.</source>
            <translation>ShortChat には {name} を読み込む権限がありません。</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete ({why}). If you downloaded it, download it again.</source>
            <translation>{name} は壊れているか、不完全です（{why}）。ダウンロードしたファイルなら、もう一度ダウンロードしてください。</translation>
        </message>
        <message>
            <source>{name} is damaged ({why}). If you downloaded it, download it again.</source>
            <translation>{name} は壊れています（{why}）。ダウンロードしたファイルなら、もう一度ダウンロードしてください。</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged: it is {size} bytes long, but its model weights need {needed}. If you downloaded it, download it again; if you copied it, copy it again.</source>
            <translation>{name} は不完全か、壊れています。ファイルの長さは {size} バイトですが、モデルの重みには {needed} が必要です。ダウンロードしたファイルならもう一度ダウンロードし、コピーしたファイルならもう一度コピーしてください。</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model (used for images or search), not a chat model.</source>
            <translation>{name} はチャット用のモデルではなく、「{arch}」モデル（画像や検索用）です。</translation>
        </message>
        <message>
            <source>{name} holds no model weights (it has no tensors).</source>
            <translation>{name} にはモデルの重みが入っていません（テンソルがありません）。</translation>
        </message>
        <message>
            <source>There is no model called {name}. `shortchat list` shows the models you have.</source>
            <translation>{name} という名前のモデルはありません。お持ちのモデルは `shortchat list` で確認できます。</translation>
        </message>
        <message>
            <source>A model called {name} is already in the models folder.</source>
            <translation>{name} という名前のモデルは、すでにモデルフォルダーにあります。</translation>
        </message>
        <message>
            <source>Not enough disk space to copy {name}; add it as a link instead.</source>
            <translation>{name} をコピーするディスク容量が足りません。代わりにリンクとして追加してください。</translation>
        </message>
        <message>
            <source>This computer has no keychain, so API keys are kept only until ShortChat closes.</source>
            <translation>このコンピューターにはキーチェーンがないため、API キーは ShortChat を閉じるまでしか保持されません。</translation>
        </message>
        <message>
            <source>The connection to {computer} was cut off in the middle of the reply.</source>
            <translation>返答の途中で {computer} との接続が切れました。</translation>
        </message>
        <message>
            <source>The server at {computer} no longer offers {model_name}.</source>
            <translation>{computer} のサーバーは、もう {model_name} を提供していません。</translation>
        </message>
        <message>
            <source>The model at {computer} has no end-of-reply token ShortChat can use.</source>
            <translation>{computer} のモデルには、ShortChat が使える返答終了のトークンがありません。</translation>
        </message>
        <message>
            <source>No model is chosen. Choose a model first.</source>
            <translation>モデルが選ばれていません。先にモデルを選んでください。</translation>
        </message>
        <message>
            <source>The Ollama server said: {error}</source>
            <translation>Ollama サーバーのメッセージ: {error}</translation>
        </message>
        <message>
            <source>Give the server's address, like http://192.168.1.20:8080.</source>
            <translation>サーバーのアドレスを入力してください（例: http://192.168.1.20:8080）。</translation>
        </message>
        <message>
            <source>“{url}” is not a server address; give one like http://192.168.1.20:8080.</source>
            <translation>「{url}」はサーバーのアドレスではありません。http://192.168.1.20:8080 のように入力してください。</translation>
        </message>
        <message>
            <source>The server at {computer} refused the API key; check the key in the settings.</source>
            <translation>{computer} のサーバーが API キーを受け付けませんでした。設定でキーを確認してください。</translation>
        </message>
        <message>
            <source>The server at {computer} is still loading its model; try again in a moment.</source>
            <translation>{computer} のサーバーはまだモデルを読み込んでいます。少し待ってからもう一度試してください。</translation>
        </message>
        <message>
            <source>The server at {computer} does not offer this (wrong address or model name).</source>
            <translation>{computer} のサーバーはこの要求に対応していません（アドレスかモデル名が間違っています）。</translation>
        </message>
        <message>
            <source>The server at {computer} answered with an error (HTTP {status}).</source>
            <translation>{computer} のサーバーがエラーを返しました（HTTP {status}）。</translation>
        </message>
        <message>
            <source>The secure connection to {computer} failed: its certificate is not trusted by this computer.</source>
            <translation>{computer} との安全な接続に失敗しました。このコンピューターは、その証明書を信頼していません。</translation>
        </message>
        <message>
            <source>The server at {computer} did not answer in time.</source>
            <translation>{computer} のサーバーから時間内に応答がありませんでした。</translation>
        </message>
        <message>
            <source>Cannot reach the server at {computer}: is it running, and is the address right?</source>
            <translation>{computer} のサーバーに接続できません。サーバーが動いているか、アドレスが正しいかを確認してください。</translation>
        </message>
        <message>
            <source>The server at {computer} could not be used ({kind}).</source>
            <translation>{computer} のサーバーを使用できませんでした（{kind}）。</translation>
        </message>
        <message>
            <source>The server at {computer} is not one ShortChat can talk to.</source>
            <translation>{computer} のサーバーは、ShortChat が通信できる種類のサーバーではありません。</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used for now.</source>
            <translation>設定ファイルを読み込めなかったため（{why}）、当面は既定値を使います。</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used (the old file: {kept}).</source>
            <translation>設定ファイルを読み込めなかったため（{why}）、既定値を使います（元のファイル: {kept}）。</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used.</source>
            <translation>設定ファイルを読み込めなかったため（{why}）、既定値を使います。</translation>
        </message>
        <message>
            <source>The setting {name} had a value ShortChat cannot use; it is back to its default.</source>
            <translation>設定「{name}」の値は ShortChat では使えないため、既定値に戻しました。</translation>
        </message>
        <message>
            <source>The settings could not be saved in {parent} ({why}); they stay as they are until ShortChat closes.</source>
            <translation>設定を {parent} に保存できませんでした（{why}）。今の設定は ShortChat を閉じるまでの間だけ有効です。</translation>
        </message>
    </context>
    <context>
        <name>ExampleQuestions</name>
        <message>
            <source>Example questions</source>
            <translation>質問の例</translation>
        </message>
        <message>
            <source>Not sure where to start? Try one of these:</source>
            <translation>何から聞けばいいか迷ったら、これを試してください:</translation>
        </message>
        <message>
            <source>These models answer best in English; questions in other languages get weaker replies.</source>
            <translation>これらのモデルは英語で聞くと最もよく答えます。ほかの言語での質問には返答の質が下がります。</translation>
        </message>
        <message>
            <source>Ask this question</source>
            <translation>この質問をする</translation>
        </message>
        <message>
            <source>Ask: {question}</source>
            <translation>質問: {question}</translation>
        </message>
    </context>
    <context>
        <name>Fit</name>
        <message>
            <source>Fits easily</source>
            <translation>余裕で収まる</translation>
        </message>
        <message>
            <source>Fits, but close the other programs</source>
            <translation>収まるが、ほかのプログラムを閉じてください</translation>
        </message>
        <message>
            <source>Too big for this computer</source>
            <translation>このコンピューターには大きすぎる</translation>
        </message>
        <message>
            <source>needs {size} of memory</source>
            <translation>メモリー {size} が必要</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>メモリー約 {size} が必要</translation>
        </message>
        <message>
            <source> and {size} on the GPU ({layers} layers)</source>
            <translation> と GPU に {size}（{layers} レイヤー）</translation>
        </message>
        <message>
            <source>; {free} of {total} is free</source>
            <translation>; {total} のうち {free} が空き</translation>
        </message>
        <message>
            <source>Not published on the model hub yet</source>
            <translation>まだモデルハブで公開されていません</translation>
        </message>
        <message>
            <source> (not checked with the hub)</source>
            <translation>（ハブで未確認）</translation>
        </message>
        <message>
            <source>Best quality that fits your {memory}: the {model} model at {quant}.</source>
            <translation>{memory} に収まる最高品質: {model} モデルの {quant}。</translation>
        </message>
        <message>
            <source>Best quality that fits</source>
            <translation>収まる中で最高品質</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>バランス</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: good answers, quick to reply.</source>
            <translation>{model} モデルの {quant}: よい答えで、返答も速い。</translation>
        </message>
        <message>
            <source>Smallest and fastest</source>
            <translation>最小・最速</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: the least memory and the quickest download ({size}), with simpler answers.</source>
            <translation>{model} モデルの {quant}: メモリーが最も少なく、ダウンロードも最速（{size}）ですが、答えはより単純です。</translation>
        </message>
    </context>
    <context>
        <name>FitTable</name>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>Quality level</source>
            <translation>品質レベル</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <source>Memory needed</source>
            <translation>必要なメモリー</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>ダウンロード</translation>
        </message>
        <message>
            <source>Longest chat</source>
            <translation>最長のチャット</translation>
        </message>
        <message>
            <source>Quality lost</source>
            <translation>品質の低下</translation>
        </message>
        <message>
            <source>How many billion parameters the model has: bigger models know more and need more memory.</source>
            <translation>モデルのパラメーター数（十億単位）です。大きいモデルほど多くを知っていて、より多くのメモリーが必要です。</translation>
        </message>
        <message>
            <source>Called the “quant” (e.g. Q4_K_M): how finely the model's numbers are stored. Higher levels (Q8_0) are closer to the original and need more memory; Q4_K_M is a good balance.</source>
            <translation>「quant」とも呼ばれます（例: Q4_K_M）。モデルの数値をどれだけ細かく保存するかです。高いレベル（Q8_0）ほど元のモデルに近く、より多くのメモリーが必要です。Q4_K_M がちょうどよいバランスです。</translation>
        </message>
        <message>
            <source>How much worse than the original the answers get at this quality level (lower is better).</source>
            <translation>この品質レベルで返答が元のモデルよりどれだけ悪くなるかです（低いほど良い）。</translation>
        </message>
        <message>
            <source>The longest chat the model can see at once and still fit easily (a token is about ¾ of a word)</source>
            <translation>モデルが一度に見られて、無理なく収まる最長のチャットです（トークン 1 つは単語の約 ¾ です）</translation>
        </message>
        <message>
            <source>How fast it writes here: estimated from this computer's memory speed, or measured once the model has been used (a word is about 1.3 tokens)</source>
            <translation>このコンピューターで書く速さです。メモリーの速度から推定するか、一度使った後は実測した値です（単語 1 つは約 1.3 トークンです）</translation>
        </message>
        <message>
            <source>{size}, measured</source>
            <translation>{size}（実測）</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>約 {size}</translation>
        </message>
        <message>
            <source>almost none</source>
            <translation>ほぼなし</translation>
        </message>
        <message>
            <source>very little</source>
            <translation>ごくわずか</translation>
        </message>
        <message>
            <source>a little</source>
            <translation>少し</translation>
        </message>
        <message>
            <source>noticeable</source>
            <translation>目立つ</translation>
        </message>
        <message>
            <source>a lot</source>
            <translation>大きい</translation>
        </message>
        <message>
            <source>Every size and quality level</source>
            <translation>すべてのサイズと品質レベル</translation>
        </message>
        <message>
            <source>★ Recommended · {verdict}</source>
            <translation>★ おすすめ · {verdict}</translation>
        </message>
        <message>
            <source>~{size}</source>
            <translation>約 {size}</translation>
        </message>
        <message>
            <source>{count} tokens</source>
            <translation>{count} トークン</translation>
        </message>
        <message>
            <source>The model's makers have not published this one on the hub.</source>
            <translation>モデルの作者はこのファイルをハブで公開していません。</translation>
        </message>
        <message>
            <source>(measured on this computer)</source>
            <translation>（このコンピューターで実測）</translation>
        </message>
    </context>
    <context>
        <name>HubStatus</name>
        <message>
            <source>Try again</source>
            <translation>再試行</translation>
        </message>
        <message>
            <source>Ask the model hub again which models are available</source>
            <translation>どのモデルがあるかモデルハブにもう一度問い合わせる</translation>
        </message>
    </context>
    <context>
        <name>InstalledModels</name>
        <message>
            <source> · added from disk</source>
            <translation> · ディスクから追加</translation>
        </message>
        <message>
            <source>measured here: needs {size}, writes {speed}</source>
            <translation>ここで測定: {size} 必要、{speed}</translation>
        </message>
        <message>
            <source>measured the first time it is used</source>
            <translation>初めて使うときに測定します</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>The chat uses this model now</source>
            <translation>いまチャットがこのモデルを使っています</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>使う</translation>
        </message>
        <message>
            <source>Chat with {model}</source>
            <translation>{model} とチャット</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>{model} を使う</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>削除…</translation>
        </message>
        <message>
            <source>Delete {model}</source>
            <translation>{model} を削除</translation>
        </message>
        <message>
            <source>&lt;b&gt;On this computer&lt;/b&gt;</source>
            <translation>&lt;b&gt;このコンピューターにあるモデル&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Compare two models…</source>
            <translation>2つのモデルを比較…</translation>
        </message>
        <message>
            <source>Ask two of your models the same question and see both answers side by side</source>
            <translation>手元のモデル2つに同じ質問をして、両方の答えを並べて見る</translation>
        </message>
        <message>
            <source>Models on this computer</source>
            <translation>このコンピューターにあるモデル</translation>
        </message>
    </context>
    <context>
        <name>LoadPlan</name>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} the models were trained on: late in a long chat the replies may stop making sense.</source>
            <translation>チャットの記憶が {count} トークンに設定されていて、これらのモデルが学習した {trained} トークンを超えています。長いチャットの後半では、返答が意味をなさなくなるおそれがあります。</translation>
        </message>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} this model was trained on: late in a long chat the replies may stop making sense.</source>
            <translation>チャットの記憶が {count} トークンに設定されていて、このモデルが学習した {trained} トークンを超えています。長いチャットの後半では、返答が意味をなさなくなるおそれがあります。</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat keeps this chat's memory in a compact form so it fits ({saved} less; replies come slower late in a long chat).</source>
            <translation>{model} が {count} トークン分のチャットを覚えておくには約 {size} のメモリーが必要で、このコンピューターで使える量を超えています。そこで ShortChat は、収まるようにこのチャットの記憶を圧縮して保持します（メモリーを {saved} 節約。長いチャットの後半では返答が遅くなります）。</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat works through this chat's memory in a leaner way so it fits ({saved} less; replies come a little slower late in a long chat).</source>
            <translation>{model} が {count} トークン分のチャットを覚えておくには約 {size} のメモリーが必要で、このコンピューターで使える量を超えています。そこで ShortChat は、収まるようにこのチャットの記憶をより軽い方法で処理します（メモリーを {saved} 節約。長いチャットの後半では返答が少し遅くなります）。</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory, more than this computer can spare.</source>
            <translation>{model} には約 {size} のメモリーが必要で、このコンピューターで使える量を超えています。</translation>
        </message>
        <message>
            <source>{model} did not fit when loading.</source>
            <translation>{model} は読み込み時にメモリーに収まりませんでした。</translation>
        </message>
        <message>
            <source>ShortChat is loading it as asked.</source>
            <translation>ShortChat は指定どおりに読み込みます。</translation>
        </message>
        <message>
            <source>ShortChat is loading it with {count} of its layers on the graphics card and the rest on the processor.</source>
            <translation>ShortChat は、レイヤーのうち {count} 個をグラフィックカードに、残りをプロセッサーに割り当てて読み込みます。</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only (slower).</source>
            <translation>ShortChat は、プロセッサーだけを使って読み込みます（遅くなります）。</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights and with this chat's memory in a compact form (about a third slower, {saved} less at its peak).</source>
            <translation>ShortChat は、高速化用の重みのコピーを使わず、このチャットの記憶も圧縮して読み込みます（約 3 分の 1 遅くなり、ピーク時のメモリーが {saved} 減ります）。</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights (about a third slower, {saved} less at its peak).</source>
            <translation>ShortChat は、高速化用の重みのコピーを使わずに読み込みます（約 3 分の 1 遅くなり、ピーク時のメモリーが {saved} 減ります）。</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller file of the same model, {saved} less memory).</source>
            <translation>ShortChat は代わりに {model} を読み込みます（同じモデルのより小さいファイルで、メモリーを {saved} 節約できます）。</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller model, {saved} less memory).</source>
            <translation>ShortChat は代わりに {model} を読み込みます（より小さいモデルで、メモリーを {saved} 節約できます）。</translation>
        </message>
        <message>
            <source>It is loaded without its speed-up copy of the weights (about a third slower).</source>
            <translation>高速化用の重みのコピーを使わずに読み込んでいます（約 3 分の 1 遅くなります）。</translation>
        </message>
        <message>
            <source>This chat's memory is kept in a compact form (slower late in a long chat).</source>
            <translation>このチャットの記憶は圧縮して保持しています（長いチャットの後半では遅くなります）。</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>ShortChat は、プロセッサーだけを使い、このチャットの記憶を圧縮して読み込みます（メモリーを {saved} 節約。長いチャットの後半では遅くなります）。</translation>
        </message>
        <message>
            <source>ShortChat is loading it with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>ShortChat は、このチャットの記憶を圧縮して読み込みます（メモリーを {saved} 節約。長いチャットの後半では遅くなります）。</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>ShortChat は、プロセッサーだけを使い、このチャットの記憶をより軽い方法で処理するようにして読み込みます（メモリーを {saved} 節約。長いチャットの後半では少し遅くなります）。</translation>
        </message>
        <message>
            <source>ShortChat is loading it working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>ShortChat は、このチャットの記憶をより軽い方法で処理するようにして読み込みます（メモリーを {saved} 節約。長いチャットの後半では少し遅くなります）。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Downloads</source>
            <translation>ダウンロード</translation>
        </message>
        <message>
            <source>Text size {size} %</source>
            <translation>文字サイズ {size} %</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>先にモデルを選んでください。</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>元に戻す（Ctrl+Z）</translation>
        </message>
        <message>
            <source>Chat deleted ·</source>
            <translation>チャットを削除しました ·</translation>
        </message>
        <message>
            <source>The model will use the new settings the next time it loads.</source>
            <translation>次にモデルを読み込むときから新しい設定を使います。</translation>
        </message>
        <message>
            <source>Add a model file</source>
            <translation>モデルファイルを追加</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF モデル (*.gguf)</translation>
        </message>
        <message>
            <source>This file cannot be used</source>
            <translation>このファイルは使えません</translation>
        </message>
        <message>
            <source>That model is in use; wait for the reply to end.</source>
            <translation>そのモデルは使用中です。返答が終わるまで待ってください。</translation>
        </message>
        <message>
            <source>Comparing needs two downloaded models; “Choose a model” gets another one.</source>
            <translation>比較にはダウンロード済みのモデルが2つ必要です。「モデルを選ぶ」でもう1つ入手できます。</translation>
        </message>
        <message>
            <source>Wait for the reply (or stop it) first.</source>
            <translation>先に返答を待つか、止めてください。</translation>
        </message>
    </context>
    <context>
        <name>Markdown</name>
        <message>
            <source>Copy code</source>
            <translation>コードをコピー</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Choose a model…</source>
            <translation>モデルを選ぶ(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Add a model file…</source>
            <translation>モデルファイルを追加(&amp;A)…</translation>
        </message>
        <message>
            <source>Open the models &amp;folder</source>
            <translation>モデルフォルダーを開く(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Export this chat…</source>
            <translation>このチャットを書き出す(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>チャット(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;New chat</source>
            <translation>新しいチャット(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Find in all chats…</source>
            <translation>すべてのチャットを検索(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Stop the reply</source>
            <translation>返答を止める(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Regenerate</source>
            <translation>書き直す(&amp;R)</translation>
        </message>
        <message>
            <source>C&amp;ontinue the reply</source>
            <translation>返答を続ける(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Copy the last reply</source>
            <translation>最後の返答をコピー(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the &amp;whole chat</source>
            <translation>チャット全体をコピー(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Instructions for this chat…</source>
            <translation>このチャットへの指示(&amp;I)…</translation>
        </message>
        <message>
            <source>Rena&amp;me this chat…</source>
            <translation>このチャットの名前を変更(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Delete this chat</source>
            <translation>このチャットを削除(&amp;D)</translation>
        </message>
        <message>
            <source>Compare &amp;two models…</source>
            <translation>2つのモデルを比較(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>文字を大きく(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>文字を小さく(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>標準の文字サイズ(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>テーマ(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>{app} について(&amp;A)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>チャット</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>ダウンロード</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>モデル</translation>
        </message>
    </context>
    <context>
        <name>Message</name>
        <message>
            <source>Copy</source>
            <translation>コピー</translation>
        </message>
        <message>
            <source>Copy this message</source>
            <translation>このメッセージをコピー</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編集</translation>
        </message>
        <message>
            <source>Change this question and ask it again</source>
            <translation>この質問を変えて聞き直す</translation>
        </message>
        <message>
            <source>The version before</source>
            <translation>前のバージョン</translation>
        </message>
        <message>
            <source>The version after</source>
            <translation>次のバージョン</translation>
        </message>
    </context>
    <context>
        <name>MessageBoxes</name>
        <message>
            <source>The models' licence</source>
            <translation>モデルのライセンス</translation>
        </message>
        <message>
            <source>The Shortened LLaMA models are for non-commercial use only.</source>
            <translation>Shortened LLaMA のモデルは非商用目的でのみ使えます。</translation>
        </message>
        <message>
            <source>Nota AI made them from Vicuna v1.3, whose licence allows research and personal use, not use in a business. By downloading one you agree to that. (Help → About ShortChat shows all the licences.)</source>
            <translation>Nota AI が Vicuna v1.3 をもとに作ったもので、そのライセンスは研究と個人での利用を認めていますが、業務での利用は認めていません。ダウンロードすると、これに同意したことになります。（「ヘルプ → ShortChat について」で、すべてのライセンスを見られます。）</translation>
        </message>
        <message>
            <source>I agree, download</source>
            <translation>同意してダウンロード</translation>
        </message>
        <message>
            <source>This model is too big</source>
            <translation>このモデルは大きすぎます</translation>
        </message>
        <message>
            <source>{model} needs about {needed} of memory, but this computer has {total} in all and {free} free, and none of your other models fits either.</source>
            <translation>{model} には約 {needed} のメモリーが必要ですが、このコンピューターのメモリーは合計 {total}、空き {free} で、ほかのモデルも収まりません。</translation>
        </message>
        <message>
            <source>Loading it could make the whole computer very slow until ShortChat is closed.</source>
            <translation>読み込むと、ShortChat を閉じるまでコンピューター全体がとても遅くなるおそれがあります。</translation>
        </message>
        <message>
            <source>The best one that fits is {model}.</source>
            <translation>収まるもので最適なのは {model} です。</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>{model} を使う</translation>
        </message>
        <message>
            <source>Load it anyway</source>
            <translation>それでも読み込む</translation>
        </message>
        <message>
            <source>Delete the model?</source>
            <translation>モデルを削除しますか？</translation>
        </message>
        <message>
            <source>Delete {model} ({size}) from this computer?</source>
            <translation>{model}（{size}）をこのコンピューターから削除しますか？</translation>
        </message>
        <message>
            <source>A reply is still being written (what it has written so far is kept).</source>
            <translation>返答をまだ書いています（ここまで書いた内容は残ります）。</translation>
        </message>
        <message>
            <source>A download is running (it goes on from where it stopped the next time ShortChat starts).</source>
            <translation>ダウンロード中です（次に ShortChat を起動すると、止まったところから続きます）。</translation>
        </message>
        <message>
            <source>Close ShortChat?</source>
            <translation>ShortChat を閉じますか？</translation>
        </message>
    </context>
    <context>
        <name>MessageInput</name>
        <message>
            <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>メッセージを入力… (Enter で送信、Shift+Enter で改行)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. ShortChat is using {other} instead.</source>
            <translation>前回使ったモデル {model} はこのコンピューターにもうありません。代わりに {other} を使います。</translation>
        </message>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. Choose one to download below, or add a model file you have.</source>
            <translation>前回使ったモデル {model} はこのコンピューターにもうありません。下からダウンロードするモデルを選ぶか、お持ちのモデルファイルを追加してください。</translation>
        </message>
        <message>
            <source>Downloading {model}. You can keep chatting meanwhile.</source>
            <translation>{model} をダウンロードしています。その間もチャットを続けられます。</translation>
        </message>
        <message>
            <source>Downloading {model}.</source>
            <translation>{model} をダウンロードしています。</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} with {gpu_free} free.</source>
            <translation>このコンピューター: メモリー {total}（空き {free}）、{gpu}（空き {gpu_free}）。</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} (not used by this version of ShortChat).</source>
            <translation>このコンピューター: メモリー {total}（空き {free}）、{gpu}（このバージョンの ShortChat では未使用）。</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), no graphics card ShortChat can use.</source>
            <translation>このコンピューター: メモリー {total}（空き {free}）、ShortChat が使えるグラフィックカードなし。</translation>
        </message>
        <message>
            <source>Choose a model</source>
            <translation>モデルを選ぶ</translation>
        </message>
        <message>
            <source>Looking at this computer…</source>
            <translation>このコンピューターを調べています…</translation>
        </message>
        <message>
            <source>Simple</source>
            <translation>かんたん</translation>
        </message>
        <message>
            <source>All sizes and quality levels</source>
            <translation>すべてのサイズと品質レベル</translation>
        </message>
        <message>
            <source>Add a file from disk…</source>
            <translation>ディスクからファイルを追加…</translation>
        </message>
        <message>
            <source>Back to the chat</source>
            <translation>チャットに戻る</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>ダウンロード</translation>
        </message>
        <message>
            <source>chats up to {count} tokens</source>
            <translation>最大 {count} トークンのチャット</translation>
        </message>
        <message>
            <source>no room for a chat</source>
            <translation>チャットの余裕なし</translation>
        </message>
        <message>
            <source>measured on this computer</source>
            <translation>このコンピューターで測定</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>推定</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>このモデルを使う</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>ダウンロード中…</translation>
        </message>
        <message>
            <source>Download (needs the internet)</source>
            <translation>ダウンロード（インターネットが必要）</translation>
        </message>
        <message>
            <source>Download ({size})</source>
            <translation>ダウンロード（{size}）</translation>
        </message>
    </context>
    <context>
        <name>ModelSession</name>
        <message>
            <source>Loading {model}…</source>
            <translation>{model} を読み込んでいます…</translation>
        </message>
        <message>
            <source>Loading {model}… {percent} %</source>
            <translation>{model} を読み込んでいます… {percent} %</translation>
        </message>
        <message>
            <source>Loaded in {seconds} s, {count} tokens of context</source>
            <translation>{seconds} 秒で読み込み、チャットの記憶 {count} トークン</translation>
        </message>
        <message>
            <source>Ready: {model}</source>
            <translation>準備完了: {model}</translation>
        </message>
        <message>
            <source>No model loaded</source>
            <translation>モデルが読み込まれていません</translation>
        </message>
    </context>
    <context>
        <name>QualityChart</name>
        <message>
            <source>Chart of answer quality against memory needed</source>
            <translation>必要なメモリーに対する返答の品質のグラフ</translation>
        </message>
        <message>
            <source>Each dot is one download. Higher is better quality; further right needs more memory.</source>
            <translation>点1つがダウンロード1つです。上ほど品質が高く、右ほど多くのメモリーが必要です。</translation>
        </message>
    </context>
    <context>
        <name>Remote</name>
        <message>
            <source>llama.cpp server</source>
            <translation>llama.cpp サーバー</translation>
        </message>
        <message>
            <source>OpenAI-compatible server</source>
            <translation>OpenAI 互換サーバー</translation>
        </message>
        <message>
            <source>The prompt is sent as text: typed control words such as &lt;/s&gt; are broken with an invisible character so they stay text</source>
            <translation>プロンプトはテキストとして送られます。&lt;/s&gt; のような制御語を入力しても、見えない文字で区切ってテキストのまま扱います</translation>
        </message>
        <message>
            <source>The prompt is sent as tokens: typed text is always text, exactly as on this computer</source>
            <translation>プロンプトはトークンとして送られます。入力した文字は、このコンピューターと同じく常にテキストとして扱われます</translation>
        </message>
        <message>
            <source>{server} at {computer} — no model offered yet</source>
            <translation>{computer} の {server} — まだモデルがありません</translation>
        </message>
        <message>
            <source>{server} at {computer} — {model}</source>
            <translation>{computer} の {server} — {model}</translation>
        </message>
        <message>
            <source>, chat memory {tokens} tokens</source>
            <translation>、チャットの記憶 {tokens} トークン</translation>
        </message>
        <message>
            <source> (and %n more)</source>
            <translation>（ほか %n 件）</translation>
        </message>
    </context>
    <context>
        <name>RemoteModels</name>
        <message>
            <source>chat memory {count} tokens</source>
            <translation>チャットの記憶 {count} トークン</translation>
        </message>
        <message>
            <source>chat memory as the server sets it</source>
            <translation>チャットの記憶はサーバーの設定どおり</translation>
        </message>
        <message>
            <source>speed measured after its first reply</source>
            <translation>最初の返答の後に速度を測定</translation>
        </message>
        <message>
            <source>writes {speed}, measured from here</source>
            <translation>書く速さ {speed}（ここから測定）</translation>
        </message>
        <message>
            <source>Chat with {model} on the server at {url}</source>
            <translation>{url} のサーバーにある {model} とチャットします</translation>
        </message>
        <message>
            <source>Ask the servers again</source>
            <translation>サーバーにもう一度問い合わせる</translation>
        </message>
        <message>
            <source>See which models the computers in Settings → Other computers offer now</source>
            <translation>「設定 → ほかのコンピューター」のコンピューターが今どのモデルを提供しているか確認します</translation>
        </message>
        <message>
            <source>On other computers</source>
            <translation>ほかのコンピューター上</translation>
        </message>
        <message>
            <source>Models on other computers</source>
            <translation>ほかのコンピューターのモデル</translation>
        </message>
        <message>
            <source>{url}: asking the server…</source>
            <translation>{url}: サーバーに問い合わせ中…</translation>
        </message>
        <message>
            <source>{model} at {url}</source>
            <translation>{url} の {model}</translation>
        </message>
        <message>
            <source>Other computers</source>
            <translation>ほかのコンピューター</translation>
        </message>
        <message>
            <source>Servers on other computers</source>
            <translation>ほかのコンピューターのサーバー</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>サーバーのアドレス</translation>
        </message>
        <message>
            <source>API key, if the server has one</source>
            <translation>API キー（サーバーにある場合）</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API キー</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>テスト</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <source>Models on other computers: chat with a model running on a bigger computer (llama-server, Ollama, or an OpenAI-compatible server).</source>
            <translation>ほかのコンピューターのモデル：もっと大きなコンピューターで動いているモデルとチャットします（llama-server、Ollama、または OpenAI 互換サーバー）。</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>サーバーに問い合わせています…</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>削除しました。</translation>
        </message>
        <message>
            <source>{model} on {computer}</source>
            <translation>{computer} の {model}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Same as this computer</source>
            <translation>このコンピューターに合わせる</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>ライト</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>ダーク</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Instructions for the model</source>
            <translation>モデルへの指示</translation>
        </message>
        <message>
            <source>Reset to default</source>
            <translation>既定に戻す</translation>
        </message>
        <message>
            <source>Put back the instructions ShortChat starts with</source>
            <translation>ShortChat の最初の指示に戻します</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> トークン</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自動</translation>
        </message>
        <message>
            <source>gpu layers</source>
            <translation>GPU レイヤー</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>テーマ</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>文字サイズ</translation>
        </message>
        <message>
            <source> GB</source>
            <translation> GB</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>オフ</translation>
        </message>
        <message>
            <source>Disk for reopening chats</source>
            <translation>チャットを開き直すためのディスク</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>消去</translation>
        </message>
        <message>
            <source>Delete what is kept; long chats are read again the next time</source>
            <translation>保存したものを削除します。長いチャットは次回読み直します</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選ぶ…</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>返答</translation>
        </message>
        <message>
            <source>What the model is told before every chat (a chat can have its own: Chat menu).</source>
            <translation>すべてのチャットの前にモデルに伝える内容です（チャットごとに別の指示も使えます: チャットメニュー）。</translation>
        </message>
        <message>
            <source>Creativity</source>
            <translation>創造性</translation>
        </message>
        <message>
            <source>0 gives the likeliest words; higher gives more varied ones.</source>
            <translation>0 なら最もありそうな語を、高いほど多様な語を選びます。</translation>
        </message>
        <message>
            <source>Called “temperature”. At 0 the model always picks its likeliest next word, so the same question gets the same reply; higher values pick less likely words more often. 0.7 is a good start.</source>
            <translation>「temperature」と呼ばれます。0 ではモデルは常に最もありそうな次の語を選ぶので、同じ質問には同じ返答になります。値が高いほど、ありそうにない語を選ぶことが増えます。0.7 から始めるのがおすすめです。</translation>
        </message>
        <message>
            <source>Word choice</source>
            <translation>語の選び方</translation>
        </message>
        <message>
            <source>Lower keeps replies to the most probable words.</source>
            <translation>低いほど、最もありそうな語だけで返答します。</translation>
        </message>
        <message>
            <source>Called “top-p”. Before each word the model keeps only its likeliest candidates whose chances add up to this share: 0.95 leaves out the rarest 5 %; lower values give safer, plainer replies.</source>
            <translation>「top-p」と呼ばれます。モデルは語ごとに、確率の合計がこの割合になるまでの有力な候補だけを残します。0.95 なら最もまれな 5 % を除きます。値が低いほど、無難で素直な返答になります。</translation>
        </message>
        <message>
            <source>Longest reply</source>
            <translation>返答の最大長</translation>
        </message>
        <message>
            <source>A token is a word or a piece of one (about ¾ of a word).</source>
            <translation>トークンは1語またはその一部です（英語の約 ¾ 語）。</translation>
        </message>
        <message>
            <source>Called “max tokens”: the reply stops after this many tokens even if the model is not done.</source>
            <translation>「max tokens」と呼ばれます。モデルが書き終えていなくても、このトークン数で返答が止まります。</translation>
        </message>
        <message>
            <source>Memory and speed</source>
            <translation>メモリーと速度</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>チャットの記憶</translation>
        </message>
        <message>
            <source>How much of the chat the model sees at once; more needs more memory. Automatic: the most that fits easily here.</source>
            <translation>モデルが一度に見るチャットの量です。多いほどメモリーが必要です。自動: このコンピューターに無理なく収まる最大量。</translation>
        </message>
        <message>
            <source>Called the “context”, counted in tokens. Older parts of a longer chat are left out of what the model sees.</source>
            <translation>「context」と呼ばれ、トークンで数えます。長いチャットでは古い部分がモデルの見る範囲から外れます。</translation>
        </message>
        <message>
            <source>Processor cores</source>
            <translation>プロセッサーのコア</translation>
        </message>
        <message>
            <source>How many processor cores work on a reply. Automatic: all of them.</source>
            <translation>返答に使うプロセッサーのコア数です。自動: すべて。</translation>
        </message>
        <message>
            <source>Called “CPU threads”: how many parts of the processor work on a reply at the same time. More than the computer has makes replies slower, not faster.</source>
            <translation>「CPU threads」と呼ばれます。プロセッサーのいくつの部分が同時に返答を作るかです。コンピューターにある数より多いと、速くなるどころか遅くなります。</translation>
        </message>
        <message>
            <source>Graphics card</source>
            <translation>グラフィックカード</translation>
        </message>
        <message>
            <source>How much of the model runs on the graphics card. Automatic: as much as fits.</source>
            <translation>モデルのうちグラフィックカードで動かす量です。自動: 収まるだけ。</translation>
        </message>
        <message>
            <source>Called “GPU layers”: the model is a stack of layers, and this many of them run on the graphics card, which is faster; the rest run on the processor.</source>
            <translation>「GPU layers」と呼ばれます。モデルは層（レイヤー）の積み重ねで、そのうちこの数をより速いグラフィックカードで、残りをプロセッサーで動かします。</translation>
        </message>
        <message>
            <source>Memory, cores and graphics card take effect the next time a model loads.</source>
            <translation>メモリ、コア、グラフィックカードの設定は、次にモデルを読み込んだときに反映されます。</translation>
        </message>
        <message>
            <source>Memory and cores take effect the next time a model loads.</source>
            <translation>メモリとコアの設定は、次にモデルを読み込んだときに反映されます。</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外観</translation>
        </message>
        <message>
            <source>Light or dark, or whatever this computer uses.</source>
            <translation>ライトかダーク、またはこのコンピューターの設定どおり。</translation>
        </message>
        <message>
            <source>The window's language; it changes the next time ShortChat starts.</source>
            <translation>ウィンドウの言語です。ShortChat を次に起動したときに変わります。</translation>
        </message>
        <message>
            <source>Of this computer's own text size, for the whole window and the chat. Anywhere: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 back to 100 %.</source>
            <translation>このコンピューターの文字サイズに対する割合で、ウィンドウ全体とチャットに使われます。どこでも Ctrl+= で大きく、Ctrl+- で小さく、Ctrl+0 で 100 % に戻ります。</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>{size} used</source>
            <translation>{size} 使用中</translation>
        </message>
        <message>
            <source>Models folder</source>
            <translation>モデルフォルダー</translation>
        </message>
        <message>
            <source>Where downloaded models are kept.</source>
            <translation>ダウンロードしたモデルを置く場所です。</translation>
        </message>
        <message>
            <source>Reopening chats</source>
            <translation>チャットを開き直す</translation>
        </message>
        <message>
            <source>Disk space for what the model has read of your recent chats, so a long chat continues at once instead of being read again. The least recently used go first when it is full.</source>
            <translation>最近のチャットでモデルが読んだ内容を保存するディスク容量です。長いチャットを読み直さずにすぐ続けられます。いっぱいになると、最も長く使っていないものから消えます。</translation>
        </message>
        <message>
            <source>llama.cpp's state (its KV cache) of each recent chat, saved after a reply and used again only when the chat, the model and its settings are exactly the same.</source>
            <translation>最近のチャットごとの llama.cpp の状態（KV キャッシュ）で、返答のあとに保存し、チャット・モデル・設定がまったく同じときだけ再利用します。</translation>
        </message>
        <message>
            <source>Other apps</source>
            <translation>ほかのアプリ</translation>
        </message>
        <message>
            <source>Other programs on this computer can use the model loaded here. Takes effect at once.</source>
            <translation>このコンピューターのほかのプログラムが、ここで読み込んだモデルを使えます。すぐに反映されます。</translation>
        </message>
        <message>
            <source>An OpenAI-compatible API at this address, for this computer only (as `shortchat serve`).</source>
            <translation>このアドレスの OpenAI 互換 API で、このコンピューターからのみ使えます（`shortchat serve` と同じ）。</translation>
        </message>
        <message>
            <source>Instructions for this chat</source>
            <translation>このチャットへの指示</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>既定を使う</translation>
        </message>
        <message>
            <source>What the model is told before this chat (the other chats keep theirs):</source>
            <translation>このチャットの前にモデルに伝える内容（ほかのチャットはそれぞれの指示のままです）:</translation>
        </message>
    </context>
    <context>
        <name>SimpleChoices</name>
        <message>
            <source>No model fits this computer's memory right now. Close other programs, or look at “All sizes and quality levels” for the smallest ones.</source>
            <translation>いまはこのコンピューターのメモリーに収まるモデルがありません。ほかのプログラムを閉じるか、「すべてのサイズと品質レベル」で最も小さいものを見てください。</translation>
        </message>
        <message>
            <source>{model}: not published on the model hub yet, so it cannot be downloaded.</source>
            <translation>{model}: まだモデルハブで公開されていないため、ダウンロードできません。</translation>
        </message>
        <message>
            <source>{model}: not known yet (the model hub could not be reached).</source>
            <translation>{model}: まだわかりません（モデルハブに接続できませんでした）。</translation>
        </message>
        <message>
            <source>Asking the model hub which models are available…</source>
            <translation>どのモデルがあるかモデルハブに問い合わせています…</translation>
        </message>
        <message>
            <source>needs {size} of memory (measured here)</source>
            <translation>メモリー {size} が必要（ここで測定）</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>メモリー約 {size} が必要</translation>
        </message>
        <message>
            <source>On this computer, {size}</source>
            <translation>このコンピューターにあります（{size}）</translation>
        </message>
        <message>
            <source>Download {size}</source>
            <translation>ダウンロード {size}</translation>
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
            <translation>{value} バイト</translation>
        </message>
        <message>
            <source>{value} s</source>
            <translation>{value} 秒</translation>
        </message>
        <message>
            <source>{value} min</source>
            <translation>{value} 分</translation>
        </message>
        <message>
            <source>{value} h</source>
            <translation>{value} 時間</translation>
        </message>
    </context>
    <context>
        <name>Speed</name>
        <message>
            <source>over {count} words/s</source>
            <translation>毎秒 {count} 語以上</translation>
        </message>
        <message>
            <source>{count} words/s</source>
            <translation>毎秒 {count} 語</translation>
        </message>
        <message>
            <source>speed unknown</source>
            <translation>速さは不明</translation>
        </message>
        <message>
            <source>{speed}, measured</source>
            <translation>{speed}（実測）</translation>
        </message>
        <message>
            <source>about {speed}</source>
            <translation>約 {speed}</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>No model loaded</source>
            <translation>モデルが読み込まれていません</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>チャットの記憶</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>モデルを読み込んでいます</translation>
        </message>
        <message>
            <source>The model stopped · it loads again when you send</source>
            <translation>モデルが停止しました · 送信するとまた読み込みます</translation>
        </message>
    </context>
</TS>