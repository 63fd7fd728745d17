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
            <source>{side} is answering ({model})…</source>
            <translation>{side} が返答中です（{model}）…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
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
            <source>Re&amp;name this chat…</source>
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
        <name>Speed</name>
        <message>
            <source>over {count} words/s</source>
            <translation>毎秒 {count} 語以上</translation>
        </message>
        <message>
            <source>{count} words/s</source>
            <translation>毎秒 {count} 語</translation>
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