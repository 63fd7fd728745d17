<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>About</name>
        <message>
            <source>The licence texts are missing from this installation.</source>
            <translation>此安装中缺少许可证文本。</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>关于 {app}</translation>
        </message>
        <message>
            <source>Chat offline with Nota AI's pruned Vicuna models.</source>
            <translation>与 Nota AI 精简的 Vicuna 模型离线对话。</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>许可证</translation>
        </message>
    </context>
    <context>
        <name>ApiSharing</name>
        <message>
            <source>Let other apps on this computer use ShortChat</source>
            <translation>允许这台电脑上的其他应用使用 ShortChat</translation>
        </message>
        <message>
            <source>Address for other apps</source>
            <translation>供其他应用使用的地址</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>已关闭</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something unexpected went wrong ({kind}).
Details were written to the log in {folder}.</source>
            <translation>发生了意外错误（{kind}）。
详细信息已写入 {folder} 中的日志。</translation>
        </message>
    </context>
    <context>
        <name>ChatList</name>
        <message>
            <source>Rename this chat</source>
            <translation>重命名此对话</translation>
        </message>
        <message>
            <source>A new name for this chat:</source>
            <translation>此对话的新名称：</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>昨天</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>更早</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>新对话</translation>
        </message>
        <message>
            <source>Start a new chat (Ctrl+N)</source>
            <translation>开始新对话 (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search all chats…</source>
            <translation>搜索所有对话…</translation>
        </message>
        <message>
            <source>Search all chats</source>
            <translation>搜索所有对话</translation>
        </message>
        <message>
            <source>Chats</source>
            <translation>对话列表</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>没有找到。</translation>
        </message>
        <message>
            <source>Your chats will be listed here.</source>
            <translation>你的对话会列在这里。</translation>
        </message>
        <message>
            <source>Chats of {day}</source>
            <translation>{day}的对话</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>ChatMemory</name>
        <message>
            <source>Chat memory {percent} % full</source>
            <translation>对话记忆已用 {percent} %</translation>
        </message>
        <message>
            <source> · the oldest are left out</source>
            <translation> · 最早的消息已被略去</translation>
        </message>
        <message>
            <source> · the oldest go soon</source>
            <translation> · 最早的消息即将被略去</translation>
        </message>
        <message>
            <source>How much of what the model can keep in mind ({tokens} tokens, about {words} words) this chat uses. When it is full, the oldest messages are left out of what the model reads.</source>
            <translation>此对话占用了模型可记住的内容（{tokens} 个词元，约 {words} 个单词）中的多少。记满后，最早的消息将不再被模型读取。</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its oldest exchange was left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>此对话已超出模型能记住的长度：本次回复时，最早的一轮问答未被模型读取。新建对话（Ctrl+N）可重新开始。</translation>
        </message>
        <message>
            <source>This chat is now longer than the model can keep in mind: its %n oldest exchanges were left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh.</source>
            <translation>此对话已超出模型能记住的长度：本次回复时，最早的 %n 轮问答未被模型读取。新建对话（Ctrl+N）可重新开始。</translation>
        </message>
        <message>
            <source>A longer chat memory (Settings → Chat memory) may also fit on this computer.</source>
            <translation>这台电脑也许还能容纳更长的对话记忆（设置 → 对话记忆）。</translation>
        </message>
    </context>
    <context>
        <name>ChatPage</name>
        <message>
            <source>Ask anything. Everything stays on this computer.</source>
            <translation>想问什么都可以。所有内容都只留在这台电脑上。</translation>
        </message>
        <message>
            <source>Editing an earlier message: Send asks it again as a new version (the old one stays, ‹ › switches between them).</source>
            <translation>正在编辑之前的消息：点“发送”会作为新版本重新提问（旧版本保留，用 ‹ › 切换）。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop editing and keep the message as it was (Esc)</source>
            <translation>停止编辑，保留消息原样 (Esc)</translation>
        </message>
        <message>
            <source>The reply stopped at its length limit.</source>
            <translation>回复已达到长度上限而停止。</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Go on writing this reply from where it stopped (Ctrl+Shift+Enter)</source>
            <translation>从停下的地方继续写这条回复 (Ctrl+Shift+Enter)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Send or stop</source>
            <translation>发送或停止</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>重新生成</translation>
        </message>
        <message>
            <source>Write the last reply again (Ctrl+R)</source>
            <translation>重新生成最后一条回复 (Ctrl+R)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>停止回复 (Esc)</translation>
        </message>
        <message>
            <source>Send the message (Enter)</source>
            <translation>发送消息 (Enter)</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation</source>
            <translation>对话内容</translation>
        </message>
        <message>
            <source>The messages of this chat. Ctrl+Up and Ctrl+Down read the messages one by one; Alt+Down and Alt+Up move between a message's buttons; a finished reply is read out once.</source>
            <translation>此对话的消息。Ctrl+上/下方向键逐条朗读消息；Alt+下/上方向键在一条消息的按钮之间移动；回复写完后会朗读一次。</translation>
        </message>
        <message>
            <source>{author} replied: {reply}</source>
            <translation>{author} 回复：{reply}</translation>
        </message>
        <message>
            <source>Message copied</source>
            <translation>已复制消息</translation>
        </message>
        <message>
            <source>Code copied</source>
            <translation>已复制代码</translation>
        </message>
        <message>
            <source>Show earlier messages</source>
            <translation>显示更早的消息</translation>
        </message>
        <message>
            <source>{author}, message {number} of {count}: {text}</source>
            <translation>{author}，第 {number} 条消息，共 {count} 条：{text}</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Model {side}</source>
            <translation>模型 {side}</translation>
        </message>
        <message>
            <source>Answers of model {side}</source>
            <translation>模型 {side} 的回复</translation>
        </message>
        <message>
            <source>The answers of {side} appear here.</source>
            <translation>{side} 的回复会显示在这里。</translation>
        </message>
        <message>
            <source>Speed of model {side}</source>
            <translation>模型 {side} 的速度</translation>
        </message>
        <message>
            <source>Compare two models</source>
            <translation>比较两个模型</translation>
        </message>
        <message>
            <source>Ask both models the same question. They answer one after the other, so each gets the whole computer and the speeds are fair; follow-up questions continue both chats.</source>
            <translation>向两个模型提出同一个问题。它们依次回答，因此各自都能用上整台电脑，速度比较也公平；后续提问会同时延续两个对话。</translation>
        </message>
        <message>
            <source>A question for both… (Enter asks)</source>
            <translation>向两个模型提问… (按 Enter 提问)</translation>
        </message>
        <message>
            <source>Ask both</source>
            <translation>两个都问</translation>
        </message>
        <message>
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <source>{side} is answering ({model})…</source>
            <translation>{side} 正在回复（{model}）…</translation>
        </message>
        <message>
            <source>Both models stay loaded: they fit in memory together.</source>
            <translation>两个模型都保持加载：它们可以同时放进内存。</translation>
        </message>
        <message>
            <source>One model in memory at a time: they load in turn.</source>
            <translation>内存中一次只放一个模型：它们轮流加载。</translation>
        </message>
        <message>
            <source>One of them answers from another computer, so both stay ready.</source>
            <translation>其中一个在另一台电脑上回答，所以两个都保持就绪。</translation>
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
            <translation>{count} 个词元</translation>
        </message>
        <message>
            <source>{seconds} s in all, loading included</source>
            <translation>共 {seconds} 秒（含加载）</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>Writing: {rate} tokens/s (after the first token, which is what the verdict compares). First token after {seconds} s (reading the prompt, {count} tokens).</source>
            <translation>写作：每秒 {rate} 个词元（首个词元之后，判断比较的就是这个）。首个词元用时 {seconds} 秒（读取提示，{count} 个词元）。</translation>
        </message>
        <message>
            <source>The answers are too short to tell which writes faster (under {count} tokens): ask for a longer one.</source>
            <translation>回答太短（不到 {count} 个词元），无法判断哪个写得更快：请让它们写长一些。</translation>
        </message>
        <message>
            <source>They wrote about as fast as each other (the difference is within measuring noise).</source>
            <translation>两者写得差不多一样快（差异在测量误差之内）。</translation>
        </message>
        <message>
            <source>{name} wrote faster: {faster} against {slower}, {ratio} times as fast.</source>
            <translation>{name} 写得更快：{faster} 对 {slower}，快 {ratio} 倍。</translation>
        </message>
        <message>
            <source>{name}: {rate} tokens/s</source>
            <translation>{name}：每秒 {rate} 个词元</translation>
        </message>
        <message>
            <source>Writing speed after the first token ({rates}). Loading and reading the prompt are left out; a difference under {share} is noise, and answers under {count} tokens are too short to measure.</source>
            <translation>首个词元之后的写作速度（{rates}）。不计加载和读取提示的时间；低于 {share} 的差异属于误差，不到 {count} 个词元的回答太短，无法测量。</translation>
        </message>
    </context>
    <context>
        <name>Conversation</name>
        <message>
            <source>Your message was not sent. {reason}</source>
            <translation>你的消息没有发出。{reason}</translation>
        </message>
        <message>
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <source>The reply will start as soon as the model is loaded.</source>
            <translation>模型加载完成后就会开始回复。</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>请先选择一个模型。</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>助手</translation>
        </message>
        <message>
            <source>Reading the chat… {percent} %</source>
            <translation>正在读取对话… {percent} %</translation>
        </message>
        <message>
            <source>{speed} tokens/s · {count} tokens</source>
            <translation>每秒 {speed} 个词元 · {count} 个词元</translation>
        </message>
        <message>
            <source> · stopped at the length limit</source>
            <translation> · 在长度上限处停止</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Stop the reply first (Esc).</source>
            <translation>请先停止回复 (Esc)。</translation>
        </message>
        <message>
            <source>Wait for the reply to end, or stop it (Esc).</source>
            <translation>请等待回复结束，或停止回复 (Esc)。</translation>
        </message>
        <message>
            <source>There is no chat to export yet.</source>
            <translation>还没有可导出的对话。</translation>
        </message>
        <message>
            <source>Export the chat</source>
            <translation>导出对话</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The chat could not be saved there: {reason}.</source>
            <translation>无法把对话保存到那里：{reason}。</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>已保存 {file}</translation>
        </message>
        <message>
            <source>The whole chat was copied</source>
            <translation>已复制整个对话</translation>
        </message>
        <message>
            <source>Reply copied</source>
            <translation>已复制回复</translation>
        </message>
    </context>
    <context>
        <name>Download</name>
        <message>
            <source>You are offline (the model hub could not be reached); downloaded models still work. Connect to the internet to download new ones.</source>
            <translation>你处于离线状态（无法连接模型中心）；已下载的模型仍可使用。请连接互联网以下载新模型。</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached. Your models work as usual; to download another one, connect to the internet and press Try again.</source>
            <translation>你处于离线状态：无法连接模型中心。你的模型照常可用；如需下载其他模型，请连接互联网并点击“重试”。</translation>
        </message>
        <message>
            <source>You are offline: the model hub could not be reached, and no model is on this computer yet. Connect to the internet and press Try again, or use “Add a file from disk…” for a model file you already have.</source>
            <translation>你处于离线状态：无法连接模型中心，而这台电脑上还没有模型。请连接互联网并点击“重试”，或用“从磁盘添加文件…”添加你已有的模型文件。</translation>
        </message>
        <message>
            <source>Another ShortChat is downloading {name} right now; waiting for it to finish…</source>
            <translation>另一个 ShortChat 正在下载 {name}；正在等待它完成…</translation>
        </message>
        <message>
            <source>The partly downloaded {file} disappeared from the models folder. Please download it again.</source>
            <translation>下载了一部分的 {file} 从模型文件夹中消失了。请重新下载。</translation>
        </message>
        <message>
            <source>The downloaded {file} is damaged (its checksum does not match the hub's), so it was deleted. Please download it again.</source>
            <translation>下载的 {file} 已损坏（校验和与模型中心的不一致），因此已被删除。请重新下载。</translation>
        </message>
        <message>
            <source>The connection was lost at {done} of {total}. Try again later: the download will continue from there.</source>
            <translation>连接在 {done}/{total} 处中断。请稍后重试：下载会从那里继续。</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in a moment (attempt {attempt} of {attempts}).</source>
            <translation>与模型中心的连接在 {done}/{total} 处停止；稍后重试（第 {attempt} 次，共 {attempts} 次）。</translation>
        </message>
        <message>
            <source>The connection to the model hub stopped at {done} of {total}; trying again in {pause} (attempt {attempt} of {attempts}).</source>
            <translation>与模型中心的连接在 {done}/{total} 处停止；{pause}后重试（第 {attempt} 次，共 {attempts} 次）。</translation>
        </message>
        <message>
            <source>Not enough disk space for {file}: it needs {needed} free (with a little room to spare), but only {free} is free. Free some space, or choose a smaller model.</source>
            <translation>磁盘空间不足，无法保存 {file}：需要 {needed} 可用空间（留有少许余量），但只有 {free} 可用。请释放一些空间，或选择更小的模型。</translation>
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <source>Asking the model hub…</source>
            <translation>正在询问模型中心…</translation>
        </message>
        <message>
            <source>Checking what was already downloaded… {share}</source>
            <translation>正在检查已下载的部分… {share}</translation>
        </message>
        <message>
            <source>Verifying the file…</source>
            <translation>正在校验文件…</translation>
        </message>
        <message>
            <source>Downloaded and verified ✓</source>
            <translation>已下载并校验 ✓</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <source>{size}/s</source>
            <translation>{size}/秒</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>剩余 {time}</translation>
        </message>
        <message>
            <source>Download of {model}</source>
            <translation>{model} 的下载</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop downloading {model}</source>
            <translation>停止下载 {model}</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove from this list (and delete what was downloaded of an unfinished file)</source>
            <translation>从列表中移除（未完成的文件会同时删除已下载的部分）</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <source>No data for {seconds} s · retrying</source>
            <translation>{seconds} 秒无数据 · 正在重试</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>下载</translation>
        </message>
        <message>
            <source>Stopped at {share}: press Continue to finish it.</source>
            <translation>已停在 {share}：按“继续”完成下载。</translation>
        </message>
        <message>
            <source>Waiting for the download before it…</source>
            <translation>正在等待前一个下载…</translation>
        </message>
        <message>
            <source>Stopped before it began.</source>
            <translation>在开始前已停止。</translation>
        </message>
        <message>
            <source>Stopped. Press Continue to go on from where it stopped.</source>
            <translation>已停止。按“继续”从停下的地方接着下载。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>There is no reply to write again yet.</source>
            <translation>还没有可以重新生成的回复。</translation>
        </message>
        <message>
            <source>Only your own messages in this chat can be edited.</source>
            <translation>在此对话中，只能编辑你自己发的消息。</translation>
        </message>
        <message>
            <source>There is no reply to continue.</source>
            <translation>没有可以继续的回复。</translation>
        </message>
        <message>
            <source>No model is loaded. Choose a model first.</source>
            <translation>尚未加载模型。请先选择一个模型。</translation>
        </message>
        <message>
            <source>another ShortChat (or another program) kept the chat history busy for over {seconds} s</source>
            <translation>另一个 ShortChat（或其他程序）占用对话记录已超过 {seconds} 秒</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>the chat history's folder cannot be written</source>
            <translation>无法写入对话记录所在的文件夹</translation>
        </message>
        <message>
            <source>the disk could not be written or read (a disk error)</source>
            <translation>无法读写磁盘（磁盘错误）</translation>
        </message>
        <message>
            <source>the chat history file is damaged (ShortChat repairs it when it starts next)</source>
            <translation>对话记录文件已损坏（ShortChat 下次启动时会修复它）</translation>
        </message>
        <message>
            <source>the chat history refused it ({why})</source>
            <translation>对话记录无法完成这项操作（{why}）</translation>
        </message>
        <message>
            <source>The chat history's folder cannot be created ({why}).</source>
            <translation>无法创建对话记录所在的文件夹（{why}）。</translation>
        </message>
        <message>
            <source>The chat history could not be opened: {why}.</source>
            <translation>无法打开对话记录：{why}。</translation>
        </message>
        <message>
            <source>The chat history was written by a newer ShortChat. Update ShortChat to open it (nothing was changed).</source>
            <translation>对话记录是由更新版本的 ShortChat 写入的。请先更新 ShortChat 再打开它（未做任何更改）。</translation>
        </message>
        <message>
            <source>The chat history file was damaged. {saved} of {total} messages were recovered into a new file; the damaged one was kept as {name}.</source>
            <translation>对话记录文件已损坏。已将 {total} 条消息中的 {saved} 条恢复到一个新文件中；损坏的文件已保留为 {name}。</translation>
        </message>
        <message>
            <source>The chat history file could not be read ({why}); it was kept as {name} and a new one started.</source>
            <translation>无法读取对话记录文件（{why}）；原文件已保留为 {name}，并已新建一个文件。</translation>
        </message>
        <message>
            <source>This was not saved: {why}. Try again in a moment.</source>
            <translation>未能保存：{why}。请稍后再试。</translation>
        </message>
        <message>
            <source>That chat no longer exists.</source>
            <translation>该对话已不存在。</translation>
        </message>
        <message>
            <source>That message could not be read.</source>
            <translation>无法读取该消息。</translation>
        </message>
        <message>
            <source>A damaged message was set aside ({why}); the rest of the chat is shown.</source>
            <translation>一条已损坏的消息未显示（{why}）；对话的其余内容照常显示。</translation>
        </message>
        <message>
            <source>Until that is fixed, new chats are kept only while ShortChat is open.</source>
            <translation>在此问题解决之前，新对话只会保留到 ShortChat 关闭为止。</translation>
        </message>
        <message>
            <source>Your earlier chat is shown, but changes to it are not kept.</source>
            <translation>你之前的对话仍会显示，但对它所做的更改不会保存。</translation>
        </message>
        <message>
            <source>Your {count} earlier chats are shown, but changes to them are not kept.</source>
            <translation>你之前的 {count} 个对话仍会显示，但对它们所做的更改不会保存。</translation>
        </message>
        <message>
            <source>llama.cpp crashed (segmentation fault)</source>
            <translation>llama.cpp 崩溃了（段错误）</translation>
        </message>
        <message>
            <source>llama.cpp could not read the model file any more (was it moved or changed?)</source>
            <translation>llama.cpp 无法再读取模型文件（文件是否被移动或修改过？）</translation>
        </message>
        <message>
            <source>llama.cpp crashed on bad numbers in the model file</source>
            <translation>llama.cpp 因模型文件中的错误数值而崩溃</translation>
        </message>
        <message>
            <source>llama.cpp used a processor instruction this computer does not have</source>
            <translation>llama.cpp 使用了这台电脑的处理器不支持的指令</translation>
        </message>
        <message>
            <source>llama.cpp stopped itself</source>
            <translation>llama.cpp 自行停止了</translation>
        </message>
        <message>
            <source>it was asked to stop by another program</source>
            <translation>另一个程序要求它停止</translation>
        </message>
        <message>
            <source>it was stopped by the system because the computer ran out of memory</source>
            <translation>电脑内存耗尽，系统终止了它</translation>
        </message>
        <message>
            <source>it was stopped by the system or by another program</source>
            <translation>系统或其他程序终止了它</translation>
        </message>
        <message>
            <source>it stopped responding, so ShortChat ended it</source>
            <translation>它已停止响应，因此被 ShortChat 结束</translation>
        </message>
        <message>
            <source>it could not get enough memory</source>
            <translation>无法获得足够的内存</translation>
        </message>
        <message>
            <source>an internal check failed</source>
            <translation>一项内部检查未通过</translation>
        </message>
        <message>
            <source>The model stopped unexpectedly: {reason}. Your conversation is safe; load the model again to continue.</source>
            <translation>模型意外停止：{reason}。你的对话不会丢失；重新加载模型即可继续。</translation>
        </message>
        <message>
            <source>it was ended by {signal}</source>
            <translation>它被 {signal} 信号终止</translation>
        </message>
        <message>
            <source>it stopped responding</source>
            <translation>它已停止响应</translation>
        </message>
        <message>
            <source>it exited with code {code}</source>
            <translation>它已退出，退出代码为 {code}</translation>
        </message>
        <message>
            <source>{reason} ({cause})</source>
            <translation>{reason}（{cause}）</translation>
        </message>
        <message>
            <source>{name} did not fit in this computer's memory: {reason}.</source>
            <translation>{name} 放不进这台电脑的内存：{reason}。</translation>
        </message>
        <message>
            <source>{name} could not be loaded: {reason}. The file may be damaged, or too large for this computer.</source>
            <translation>无法加载 {name}：{reason}。文件可能已损坏，或者对这台电脑来说太大。</translation>
        </message>
        <message>
            <source>The model is still busy with the previous request.</source>
            <translation>模型仍在处理上一个请求。</translation>
        </message>
        <message>
            <source>Stopped because ShortChat is closing.</source>
            <translation>已停止，因为 ShortChat 正在关闭。</translation>
        </message>
        <message>
            <source>There was not enough memory to finish this. Close other programs, or choose a smaller model.</source>
            <translation>内存不足，无法完成此操作。请关闭其他程序，或选择更小的模型。</translation>
        </message>
        <message>
            <source>Something went wrong inside llama.cpp while it was working; the details are in the log ({log}).</source>
            <translation>llama.cpp 在运行时内部出错；详细信息见日志（{log}）。</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model, which this version of ShortChat cannot run.</source>
            <translation>{name} 是“{arch}”类型的模型，此版本的 ShortChat 无法运行。</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged. If you downloaded it, download it again.</source>
            <translation>{name} 不完整或已损坏。如果它是下载的，请重新下载。</translation>
        </message>
        <message>
            <source>There is not enough memory to load {name}. Close other programs or choose a smaller model.</source>
            <translation>内存不足，无法加载 {name}。请关闭其他程序，或选择更小的模型。</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program (llama.cpp said: {cause}).</source>
            <translation>无法加载 {name}：它可能已损坏，或是为其他程序制作的（llama.cpp 的提示：{cause}）。</translation>
        </message>
        <message>
            <source>{name} could not be loaded: it may be damaged or made for another program.</source>
            <translation>无法加载 {name}：它可能已损坏，或是为其他程序制作的。</translation>
        </message>
        <message>
            <source>llama.cpp found no way to run models on this computer (no CPU backend was found).</source>
            <translation>llama.cpp 找不到在这台电脑上运行模型的方法（未找到 CPU 后端）。</translation>
        </message>
        <message>
            <source>The reply length ({reply_tokens} tokens) leaves no room in the model's context of {n_ctx} tokens. Choose a shorter reply length.</source>
            <translation>回复长度（{reply_tokens} 个词元）已占满模型的对话记忆（{n_ctx} 个词元），没有剩余空间。请选择更短的回复长度。</translation>
        </message>
        <message>
            <source>This message is too long for the model: with the instructions it needs {count} tokens, but only {budget} fit beside a reply of {reply_tokens} tokens. Shorten the message, or choose a longer context or a shorter reply in the settings.</source>
            <translation>这条消息对模型来说太长了：加上指令共需要 {count} 个词元，但在为 {reply_tokens} 个词元的回复留出空间后，只剩 {budget} 个词元。请缩短消息，或在设置中选择更长的对话记忆或更短的回复。</translation>
        </message>
        <message>
            <source>Refused to download a file with an unsafe name: {name}.</source>
            <translation>已拒绝下载名称不安全的文件：{name}。</translation>
        </message>
        <message>
            <source>{file} is not (or no longer) published in {repo}.</source>
            <translation>{file} 没有在 {repo} 中发布（或已不再发布）。</translation>
        </message>
        <message>
            <source>The hub gives no checksum for {file}, so it cannot be verified.</source>
            <translation>模型中心没有提供 {file} 的校验和，因此无法校验。</translation>
        </message>
        <message>
            <source>{repo} is not published on the model hub.</source>
            <translation>{repo} 没有在模型中心发布。</translation>
        </message>
        <message>
            <source>The model hub gave an answer ShortChat does not understand ({why}).</source>
            <translation>模型中心返回了 ShortChat 无法理解的应答（{why}）。</translation>
        </message>
        <message>
            <source>Stopped waiting; the other ShortChat is still downloading {name}.</source>
            <translation>已停止等待；另一个 ShortChat 仍在下载 {name}。</translation>
        </message>
        <message>
            <source>The download was stopped. It will continue from here next time.</source>
            <translation>下载已停止。下次会从这里继续。</translation>
        </message>
        <message>
            <source>The download of {file} failed: {why}</source>
            <translation>{file} 下载失败：{why}</translation>
        </message>
        <message>
            <source>{file} changed on the model hub while it was downloading. Try again to download the new version.</source>
            <translation>下载期间，{file} 在模型中心上发生了变化。请重试，以下载新版本。</translation>
        </message>
        <message>
            <source>The download was stopped while its file was being checked.</source>
            <translation>下载在校验文件时被停止了。</translation>
        </message>
        <message>
            <source>context length</source>
            <translation>上下文长度</translation>
        </message>
        <message>
            <source>layer count</source>
            <translation>层数</translation>
        </message>
        <message>
            <source>embedding size</source>
            <translation>嵌入维度</translation>
        </message>
        <message>
            <source>attention head count</source>
            <translation>注意力头数</translation>
        </message>
        <message>
            <source>feed-forward size</source>
            <translation>前馈层大小</translation>
        </message>
        <message>
            <source>file type</source>
            <translation>文件类型</translation>
        </message>
        <message>
            <source>alignment</source>
            <translation>对齐值</translation>
        </message>
        <message>
            <source>it does not say what kind of model it is</source>
            <translation>文件中没有说明它是哪种模型</translation>
        </message>
        <message>
            <source>its {words} is {value}, which no model has</source>
            <translation>其{words}为 {value}，任何模型都不会是这个值</translation>
        </message>
        <message>
            <source>its vocabulary is empty or impossibly large</source>
            <translation>其词表为空，或大得不合常理</translation>
        </message>
        <message>
            <source>it ends too early</source>
            <translation>文件提前结束了</translation>
        </message>
        <message>
            <source>a text field has an impossible length</source>
            <translation>某个文本字段的长度不合常理</translation>
        </message>
        <message>
            <source>an array has an impossible length</source>
            <translation>某个数组的长度不合常理</translation>
        </message>
        <message>
            <source>an array has an unknown element type {element_type}</source>
            <translation>某个数组的元素类型 {element_type} 未知</translation>
        </message>
        <message>
            <source>a value has an unknown type {value_type}</source>
            <translation>某个值的类型 {value_type} 未知</translation>
        </message>
        <message>
            <source>a tensor has too many dimensions</source>
            <translation>某个张量的维度过多</translation>
        </message>
        <message>
            <source>a tensor has a size of zero</source>
            <translation>某个张量的大小为零</translation>
        </message>
        <message>
            <source>a tensor's data is misplaced</source>
            <translation>某个张量的数据位置不对</translation>
        </message>
        <message>
            <source>a tensor's size does not match its type</source>
            <translation>某个张量的大小与其类型不符</translation>
        </message>
        <message>
            <source>{name} is a link to a file that is not there.</source>
            <translation>{name} 是一个链接，但它指向的文件不存在。</translation>
        </message>
        <message>
            <source>There is no model file at {path}.</source>
            <translation>{path} 处没有模型文件。</translation>
        </message>
        <message>
            <source>{name} is a link that leads nowhere (it loops back on itself).</source>
            <translation>{name} 是一个无效链接（它指回自身，形成了循环）。</translation>
        </message>
        <message>
            <source>{name} could not be read: {why}.</source>
            <translation>无法读取 {name}：{why}。</translation>
        </message>
        <message>
            <source>{path} is a folder, not a model file.</source>
            <translation>{path} 是文件夹，不是模型文件。</translation>
        </message>
        <message>
            <source>{name} is not a regular file (it is a pipe, a device or a socket), so it is no model.</source>
            <translation>{name} 不是普通文件（而是管道、设备或套接字），因此不是模型。</translation>
        </message>
        <message>
            <source>{name} is not a regular file, so it is no model.</source>
            <translation>{name} 不是普通文件，因此不是模型。</translation>
        </message>
        <message>
            <source>{name} uses the old GGML format, which llama.cpp no longer reads. Download the GGUF version of this model instead.</source>
            <translation>{name} 使用的是旧的 GGML 格式，llama.cpp 已不再支持。请改为下载此模型的 GGUF 版本。</translation>
        </message>
        <message>
            <source>{name} is not a GGUF model file. ShortChat runs models in the GGUF format (files ending in .gguf).</source>
            <translation>{name} 不是 GGUF 模型文件。ShortChat 运行的是 GGUF 格式的模型（扩展名为 .gguf 的文件）。</translation>
        </message>
        <message>
            <source>{name} is GGUF version {version}, which this version of ShortChat cannot read.</source>
            <translation>{name} 是 GGUF 第 {version} 版，此版本的 ShortChat 无法读取。</translation>
        </message>
        <message>
            <source>its header counts are impossible</source>
            <translation>文件头中的计数不合常理</translation>
        </message>
        <message>
            <source>a metadata key is empty</source>
            <translation>某个元数据键为空</translation>
        </message>
        <message>
            <source>a metadata key appears twice</source>
            <translation>某个元数据键重复出现</translation>
        </message>
        <message>
            <source>ShortChat is not allowed to read {name}.</source>
            <translation>ShortChat 没有读取 {name} 的权限。</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete ({why}). If you downloaded it, download it again.</source>
            <translation>{name} 已损坏或不完整（{why}）。如果它是下载的，请重新下载。</translation>
        </message>
        <message>
            <source>{name} is damaged ({why}). If you downloaded it, download it again.</source>
            <translation>{name} 已损坏（{why}）。如果它是下载的，请重新下载。</translation>
        </message>
        <message>
            <source>{name} is incomplete or damaged: it is {size} bytes long, but its model weights need {needed}. If you downloaded it, download it again; if you copied it, copy it again.</source>
            <translation>{name} 不完整或已损坏：它只有 {size} 字节，而模型权重需要 {needed}。如果它是下载的，请重新下载；如果是复制的，请重新复制。</translation>
        </message>
        <message>
            <source>{name} is a '{arch}' model (used for images or search), not a chat model.</source>
            <translation>{name} 是“{arch}”类型的模型（用于图像或搜索），不是对话模型。</translation>
        </message>
        <message>
            <source>{name} holds no model weights (it has no tensors).</source>
            <translation>{name} 中没有模型权重（不含任何张量）。</translation>
        </message>
        <message>
            <source>There is no model called {name}. `shortchat list` shows the models you have.</source>
            <translation>没有名为 {name} 的模型。`shortchat list` 会列出你已有的模型。</translation>
        </message>
        <message>
            <source>A model called {name} is already in the models folder.</source>
            <translation>模型文件夹中已有名为 {name} 的模型。</translation>
        </message>
        <message>
            <source>Not enough disk space to copy {name}; add it as a link instead.</source>
            <translation>磁盘空间不足，无法复制 {name}；请改为以链接方式添加。</translation>
        </message>
        <message>
            <source>This computer has no keychain, so API keys are kept only until ShortChat closes.</source>
            <translation>这台电脑上没有可用的系统密钥存储，因此 API 密钥只会保留到 ShortChat 关闭为止。</translation>
        </message>
        <message>
            <source>The connection to {computer} was cut off in the middle of the reply.</source>
            <translation>与 {computer} 的连接在回复中途断开了。</translation>
        </message>
        <message>
            <source>The server at {computer} no longer offers {model_name}.</source>
            <translation>{computer} 上的服务器已不再提供 {model_name}。</translation>
        </message>
        <message>
            <source>The model at {computer} has no end-of-reply token ShortChat can use.</source>
            <translation>{computer} 上的模型没有 ShortChat 可用的回复结束词元。</translation>
        </message>
        <message>
            <source>No model is chosen. Choose a model first.</source>
            <translation>尚未选择模型。请先选择一个模型。</translation>
        </message>
        <message>
            <source>The Ollama server said: {error}</source>
            <translation>Ollama 服务器返回：{error}</translation>
        </message>
        <message>
            <source>Give the server's address, like http://192.168.1.20:8080.</source>
            <translation>请填写服务器地址，例如 http://192.168.1.20:8080。</translation>
        </message>
        <message>
            <source>“{url}” is not a server address; give one like http://192.168.1.20:8080.</source>
            <translation>“{url}”不是服务器地址；请填写类似 http://192.168.1.20:8080 的地址。</translation>
        </message>
        <message>
            <source>The server at {computer} refused the API key; check the key in the settings.</source>
            <translation>{computer} 上的服务器拒绝了 API 密钥；请在设置中检查密钥。</translation>
        </message>
        <message>
            <source>The server at {computer} is still loading its model; try again in a moment.</source>
            <translation>{computer} 上的服务器仍在加载模型；请稍后再试。</translation>
        </message>
        <message>
            <source>The server at {computer} does not offer this (wrong address or model name).</source>
            <translation>{computer} 上的服务器不提供此项（地址或模型名称有误）。</translation>
        </message>
        <message>
            <source>The server at {computer} answered with an error (HTTP {status}).</source>
            <translation>{computer} 上的服务器返回了错误（HTTP {status}）。</translation>
        </message>
        <message>
            <source>The secure connection to {computer} failed: its certificate is not trusted by this computer.</source>
            <translation>与 {computer} 的安全连接失败：这台电脑不信任它的证书。</translation>
        </message>
        <message>
            <source>The server at {computer} did not answer in time.</source>
            <translation>{computer} 上的服务器没有及时响应。</translation>
        </message>
        <message>
            <source>Cannot reach the server at {computer}: is it running, and is the address right?</source>
            <translation>无法连接 {computer} 上的服务器：它是否正在运行？地址是否正确？</translation>
        </message>
        <message>
            <source>The server at {computer} could not be used ({kind}).</source>
            <translation>无法使用 {computer} 上的服务器（{kind}）。</translation>
        </message>
        <message>
            <source>The server at {computer} is not one ShortChat can talk to.</source>
            <translation>ShortChat 无法与 {computer} 上的服务器通信。</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used for now.</source>
            <translation>无法读取设置文件（{why}）；暂时使用默认设置。</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used (the old file: {kept}).</source>
            <translation>无法读取设置文件（{why}）；已改用默认设置（旧文件：{kept}）。</translation>
        </message>
        <message>
            <source>The settings file could not be read ({why}); the defaults are used.</source>
            <translation>无法读取设置文件（{why}）；已改用默认设置。</translation>
        </message>
        <message>
            <source>The setting {name} had a value ShortChat cannot use; it is back to its default.</source>
            <translation>设置项 {name} 的值 ShortChat 无法使用；已恢复为默认值。</translation>
        </message>
        <message>
            <source>The settings could not be saved in {parent} ({why}); they stay as they are until ShortChat closes.</source>
            <translation>无法将设置保存到 {parent}（{why}）；在 ShortChat 关闭之前，设置会保持当前状态。</translation>
        </message>
    </context>
    <context>
        <name>ExampleQuestions</name>
        <message>
            <source>Example questions</source>
            <translation>示例问题</translation>
        </message>
        <message>
            <source>Not sure where to start? Try one of these:</source>
            <translation>不知道从哪里开始？试试这些：</translation>
        </message>
        <message>
            <source>These models answer best in English; questions in other languages get weaker replies.</source>
            <translation>这些模型用英语提问时回答得最好；用其他语言提问，回复质量会下降。</translation>
        </message>
        <message>
            <source>Ask this question</source>
            <translation>提这个问题</translation>
        </message>
        <message>
            <source>Ask: {question}</source>
            <translation>提问：{question}</translation>
        </message>
    </context>
    <context>
        <name>Fit</name>
        <message>
            <source>Fits easily</source>
            <translation>轻松容纳</translation>
        </message>
        <message>
            <source>Fits, but close the other programs</source>
            <translation>能容纳，但请关闭其他程序</translation>
        </message>
        <message>
            <source>Too big for this computer</source>
            <translation>对这台电脑来说太大</translation>
        </message>
        <message>
            <source>needs {size} of memory</source>
            <translation>需要 {size} 内存</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>大约需要 {size} 内存</translation>
        </message>
        <message>
            <source> and {size} on the GPU ({layers} layers)</source>
            <translation> 以及 GPU 上的 {size}（{layers} 层）</translation>
        </message>
        <message>
            <source>; {free} of {total} is free</source>
            <translation>；{total} 中可用 {free}</translation>
        </message>
        <message>
            <source>Not published on the model hub yet</source>
            <translation>尚未在模型中心发布</translation>
        </message>
        <message>
            <source> (not checked with the hub)</source>
            <translation>（未与模型中心核对）</translation>
        </message>
        <message>
            <source>Best quality that fits your {memory}: the {model} model at {quant}.</source>
            <translation>适合你 {memory} 内存的最佳质量：{model} 模型，{quant}。</translation>
        </message>
        <message>
            <source>Best quality that fits</source>
            <translation>能容纳的最佳质量</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>均衡</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: good answers, quick to reply.</source>
            <translation>{model} 模型，{quant}：回答好，回复快。</translation>
        </message>
        <message>
            <source>Smallest and fastest</source>
            <translation>最小最快</translation>
        </message>
        <message>
            <source>The {model} model at {quant}: the least memory and the quickest download ({size}), with simpler answers.</source>
            <translation>{model} 模型，{quant}：内存最少，下载最快（{size}），回答较简单。</translation>
        </message>
    </context>
    <context>
        <name>FitTable</name>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Quality level</source>
            <translation>质量等级</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>Memory needed</source>
            <translation>所需内存</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>下载</translation>
        </message>
        <message>
            <source>Longest chat</source>
            <translation>最长对话</translation>
        </message>
        <message>
            <source>Quality lost</source>
            <translation>质量损失</translation>
        </message>
        <message>
            <source>How many billion parameters the model has: bigger models know more and need more memory.</source>
            <translation>模型有多少十亿个参数：模型越大，知道得越多，需要的内存也越多。</translation>
        </message>
        <message>
            <source>Called the “quant” (e.g. Q4_K_M): how finely the model's numbers are stored. Higher levels (Q8_0) are closer to the original and need more memory; Q4_K_M is a good balance.</source>
            <translation>也称“quant”（如 Q4_K_M）：模型数值存储的精细程度。等级越高（Q8_0）越接近原始模型，需要的内存也越多；Q4_K_M 是较好的平衡。</translation>
        </message>
        <message>
            <source>How much worse than the original the answers get at this quality level (lower is better).</source>
            <translation>在此质量等级下，回答比原始模型差多少（越低越好）。</translation>
        </message>
        <message>
            <source>The longest chat the model can see at once and still fit easily (a token is about ¾ of a word)</source>
            <translation>模型一次能看到、且仍能轻松容纳的最长对话（一个词元约为 ¾ 个单词）</translation>
        </message>
        <message>
            <source>How fast it writes here: estimated from this computer's memory speed, or measured once the model has been used (a word is about 1.3 tokens)</source>
            <translation>在这台电脑上的生成速度：根据内存速度估算，或在模型用过一次后实测（一个单词约为 1.3 个词元）</translation>
        </message>
        <message>
            <source>{size}, measured</source>
            <translation>{size}，实测</translation>
        </message>
        <message>
            <source>about {size}</source>
            <translation>约 {size}</translation>
        </message>
        <message>
            <source>almost none</source>
            <translation>几乎没有</translation>
        </message>
        <message>
            <source>very little</source>
            <translation>很少</translation>
        </message>
        <message>
            <source>a little</source>
            <translation>少许</translation>
        </message>
        <message>
            <source>noticeable</source>
            <translation>明显</translation>
        </message>
        <message>
            <source>a lot</source>
            <translation>很多</translation>
        </message>
        <message>
            <source>Every size and quality level</source>
            <translation>所有大小和质量等级</translation>
        </message>
        <message>
            <source>★ Recommended · {verdict}</source>
            <translation>★ 推荐 · {verdict}</translation>
        </message>
        <message>
            <source>~{size}</source>
            <translation>约 {size}</translation>
        </message>
        <message>
            <source>{count} tokens</source>
            <translation>{count} 个词元</translation>
        </message>
        <message>
            <source>The model's makers have not published this one on the hub.</source>
            <translation>模型作者没有在模型中心发布这个文件。</translation>
        </message>
        <message>
            <source>(measured on this computer)</source>
            <translation>（在这台电脑上实测）</translation>
        </message>
    </context>
    <context>
        <name>HubStatus</name>
        <message>
            <source>Try again</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Ask the model hub again which models are available</source>
            <translation>再次询问模型中心有哪些模型可用</translation>
        </message>
    </context>
    <context>
        <name>InstalledModels</name>
        <message>
            <source> · added from disk</source>
            <translation> · 从磁盘添加</translation>
        </message>
        <message>
            <source>measured here: needs {size}, writes {speed}</source>
            <translation>在本机测得：需要 {size}，{speed}</translation>
        </message>
        <message>
            <source>measured the first time it is used</source>
            <translation>首次使用时测量</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>The chat uses this model now</source>
            <translation>当前对话正在使用这个模型</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>使用</translation>
        </message>
        <message>
            <source>Chat with {model}</source>
            <translation>与 {model} 对话</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>使用 {model}</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Delete {model}</source>
            <translation>删除 {model}</translation>
        </message>
        <message>
            <source>&lt;b&gt;On this computer&lt;/b&gt;</source>
            <translation>&lt;b&gt;这台电脑上的模型&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Compare two models…</source>
            <translation>比较两个模型…</translation>
        </message>
        <message>
            <source>Ask two of your models the same question and see both answers side by side</source>
            <translation>向你的两个模型提出同一个问题，并排查看两个回答</translation>
        </message>
        <message>
            <source>Models on this computer</source>
            <translation>这台电脑上的模型</translation>
        </message>
    </context>
    <context>
        <name>LoadPlan</name>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} the models were trained on: late in a long chat the replies may stop making sense.</source>
            <translation>对话记忆设为 {count} 个词元，超过了这些模型训练时使用的 {trained} 个：长对话到了后段，回复可能会变得不知所云。</translation>
        </message>
        <message>
            <source>The chat memory is set to {count} tokens, more than the {trained} this model was trained on: late in a long chat the replies may stop making sense.</source>
            <translation>对话记忆设为 {count} 个词元，超过了此模型训练时使用的 {trained} 个：长对话到了后段，回复可能会变得不知所云。</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat keeps this chat's memory in a compact form so it fits ({saved} less; replies come slower late in a long chat).</source>
            <translation>{model} 需要大约 {size} 内存才能容纳 {count} 个词元的对话，超出了这台电脑能腾出的内存，因此 ShortChat 将对话记忆压缩存放，以便放得下（少占用 {saved}；长对话到了后段，回复会变慢）。</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can spare, so ShortChat works through this chat's memory in a leaner way so it fits ({saved} less; replies come a little slower late in a long chat).</source>
            <translation>{model} 需要大约 {size} 内存才能容纳 {count} 个词元的对话，超出了这台电脑能腾出的内存，因此 ShortChat 以更精简的方式处理对话记忆，以便放得下（少占用 {saved}；长对话到了后段，回复会稍慢一些）。</translation>
        </message>
        <message>
            <source>{model} needs about {size} of memory, more than this computer can spare.</source>
            <translation>{model} 需要大约 {size} 内存，超出了这台电脑能腾出的内存。</translation>
        </message>
        <message>
            <source>{model} did not fit when loading.</source>
            <translation>加载 {model} 时内存不足。</translation>
        </message>
        <message>
            <source>ShortChat is loading it as asked.</source>
            <translation>ShortChat 正在按要求加载它。</translation>
        </message>
        <message>
            <source>ShortChat is loading it with {count} of its layers on the graphics card and the rest on the processor.</source>
            <translation>ShortChat 正在加载它：其中 {count} 层放在显卡上，其余放在处理器上。</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only (slower).</source>
            <translation>ShortChat 正在加载它，仅使用处理器运行（速度较慢）。</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights and with this chat's memory in a compact form (about a third slower, {saved} less at its peak).</source>
            <translation>ShortChat 正在加载它，不使用权重的加速副本，并将对话记忆压缩存放（约慢三分之一，峰值内存少占用 {saved}）。</translation>
        </message>
        <message>
            <source>ShortChat is loading it without its speed-up copy of the weights (about a third slower, {saved} less at its peak).</source>
            <translation>ShortChat 正在加载它，不使用权重的加速副本（约慢三分之一，峰值内存少占用 {saved}）。</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller file of the same model, {saved} less memory).</source>
            <translation>ShortChat 改为加载 {model}（同一模型的较小文件，少占用 {saved} 内存）。</translation>
        </message>
        <message>
            <source>ShortChat is loading {model} instead (a smaller model, {saved} less memory).</source>
            <translation>ShortChat 改为加载 {model}（一个更小的模型，少占用 {saved} 内存）。</translation>
        </message>
        <message>
            <source>It is loaded without its speed-up copy of the weights (about a third slower).</source>
            <translation>加载时不使用权重的加速副本（约慢三分之一）。</translation>
        </message>
        <message>
            <source>This chat's memory is kept in a compact form (slower late in a long chat).</source>
            <translation>对话记忆以压缩形式存放（长对话到了后段会变慢）。</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>ShortChat 正在加载它，仅使用处理器运行，并将对话记忆压缩存放（少占用 {saved} 内存；长对话到了后段会变慢）。</translation>
        </message>
        <message>
            <source>ShortChat is loading it with this chat's memory in a compact form ({saved} less memory, slower late in a long chat).</source>
            <translation>ShortChat 正在加载它，并将对话记忆压缩存放（少占用 {saved} 内存；长对话到了后段会变慢）。</translation>
        </message>
        <message>
            <source>ShortChat is loading it on the processor only, working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>ShortChat 正在加载它，仅使用处理器运行，并以更精简的方式处理对话记忆（少占用 {saved} 内存；长对话到了后段会稍慢一些）。</translation>
        </message>
        <message>
            <source>ShortChat is loading it working through this chat's memory in a leaner way ({saved} less memory, a little slower late in a long chat).</source>
            <translation>ShortChat 正在加载它，并以更精简的方式处理对话记忆（少占用 {saved} 内存；长对话到了后段会稍慢一些）。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Downloads</source>
            <translation>下载</translation>
        </message>
        <message>
            <source>Text size {size} %</source>
            <translation>文字大小 {size} %</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>请先选择一个模型。</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>撤销（Ctrl+Z）</translation>
        </message>
        <message>
            <source>Chat deleted ·</source>
            <translation>对话已删除 ·</translation>
        </message>
        <message>
            <source>The model will use the new settings the next time it loads.</source>
            <translation>模型下次加载时会使用新设置。</translation>
        </message>
        <message>
            <source>Add a model file</source>
            <translation>添加模型文件</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF 模型 (*.gguf)</translation>
        </message>
        <message>
            <source>This file cannot be used</source>
            <translation>无法使用此文件</translation>
        </message>
        <message>
            <source>That model is in use; wait for the reply to end.</source>
            <translation>该模型正在使用中；请等待回复结束。</translation>
        </message>
        <message>
            <source>Comparing needs two downloaded models; “Choose a model” gets another one.</source>
            <translation>比较需要两个已下载的模型；可在“选择模型”中再下载一个。</translation>
        </message>
        <message>
            <source>Wait for the reply (or stop it) first.</source>
            <translation>请先等待回复（或停止回复）。</translation>
        </message>
    </context>
    <context>
        <name>Markdown</name>
        <message>
            <source>Copy code</source>
            <translation>复制代码</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Choose a model…</source>
            <translation>选择模型(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Add a model file…</source>
            <translation>添加模型文件(&amp;A)…</translation>
        </message>
        <message>
            <source>Open the models &amp;folder</source>
            <translation>打开模型文件夹(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Export this chat…</source>
            <translation>导出此对话(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Chat</source>
            <translation>对话(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;New chat</source>
            <translation>新对话(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Find in all chats…</source>
            <translation>在所有对话中查找(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Stop the reply</source>
            <translation>停止回复(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Regenerate</source>
            <translation>重新生成(&amp;R)</translation>
        </message>
        <message>
            <source>C&amp;ontinue the reply</source>
            <translation>继续回复(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Copy the last reply</source>
            <translation>复制最后一条回复(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the &amp;whole chat</source>
            <translation>复制整个对话(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Instructions for this chat…</source>
            <translation>此对话的指令(&amp;I)…</translation>
        </message>
        <message>
            <source>Rena&amp;me this chat…</source>
            <translation>重命名此对话(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Delete this chat</source>
            <translation>删除此对话(&amp;D)</translation>
        </message>
        <message>
            <source>Compare &amp;two models…</source>
            <translation>比较两个模型(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>放大文字(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>缩小文字(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>正常文字大小(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>关于 {app}(&amp;A)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>下载</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>模型</translation>
        </message>
    </context>
    <context>
        <name>Message</name>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy this message</source>
            <translation>复制这条消息</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Change this question and ask it again</source>
            <translation>修改这个问题并重新提问</translation>
        </message>
        <message>
            <source>The version before</source>
            <translation>上一个版本</translation>
        </message>
        <message>
            <source>The version after</source>
            <translation>下一个版本</translation>
        </message>
    </context>
    <context>
        <name>MessageBoxes</name>
        <message>
            <source>The models' licence</source>
            <translation>模型的许可证</translation>
        </message>
        <message>
            <source>The Shortened LLaMA models are for non-commercial use only.</source>
            <translation>Shortened LLaMA 模型仅限非商业用途。</translation>
        </message>
        <message>
            <source>Nota AI made them from Vicuna v1.3, whose licence allows research and personal use, not use in a business. By downloading one you agree to that. (Help → About ShortChat shows all the licences.)</source>
            <translation>Nota AI 基于 Vicuna v1.3 制作了这些模型，其许可证允许研究和个人使用，不允许商业使用。下载即表示你同意这一点。（“帮助 → 关于 ShortChat”中可查看所有许可证。）</translation>
        </message>
        <message>
            <source>I agree, download</source>
            <translation>同意并下载</translation>
        </message>
        <message>
            <source>This model is too big</source>
            <translation>这个模型太大</translation>
        </message>
        <message>
            <source>{model} needs about {needed} of memory, but this computer has {total} in all and {free} free, and none of your other models fits either.</source>
            <translation>{model} 大约需要 {needed} 内存，但这台电脑共有 {total}，可用 {free}，你的其他模型也都放不下。</translation>
        </message>
        <message>
            <source>Loading it could make the whole computer very slow until ShortChat is closed.</source>
            <translation>加载它可能会让整台电脑变得非常慢，直到关闭 ShortChat。</translation>
        </message>
        <message>
            <source>The best one that fits is {model}.</source>
            <translation>能容纳的最佳模型是 {model}。</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>使用 {model}</translation>
        </message>
        <message>
            <source>Load it anyway</source>
            <translation>仍然加载</translation>
        </message>
        <message>
            <source>Delete the model?</source>
            <translation>删除这个模型？</translation>
        </message>
        <message>
            <source>Delete {model} ({size}) from this computer?</source>
            <translation>从这台电脑删除 {model}（{size}）？</translation>
        </message>
        <message>
            <source>A reply is still being written (what it has written so far is kept).</source>
            <translation>回复还在生成中（已写出的内容会保留）。</translation>
        </message>
        <message>
            <source>A download is running (it goes on from where it stopped the next time ShortChat starts).</source>
            <translation>有下载正在进行（下次启动 ShortChat 时会从停下的地方继续）。</translation>
        </message>
        <message>
            <source>Close ShortChat?</source>
            <translation>关闭 ShortChat？</translation>
        </message>
    </context>
    <context>
        <name>MessageInput</name>
        <message>
            <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>输入消息… (Enter 发送，Shift+Enter 换行)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. ShortChat is using {other} instead.</source>
            <translation>上次使用的模型 {model} 已不在这台电脑上。ShortChat 改用 {other}。</translation>
        </message>
        <message>
            <source>The model you used last time, {model}, is no longer on this computer. Choose one to download below, or add a model file you have.</source>
            <translation>上次使用的模型 {model} 已不在这台电脑上。请在下方选择一个模型下载，或添加你已有的模型文件。</translation>
        </message>
        <message>
            <source>Downloading {model}. You can keep chatting meanwhile.</source>
            <translation>正在下载 {model}。你可以同时继续对话。</translation>
        </message>
        <message>
            <source>Downloading {model}.</source>
            <translation>正在下载 {model}。</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} with {gpu_free} free.</source>
            <translation>这台电脑：内存 {total}（可用 {free}），{gpu}，可用 {gpu_free}。</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), {gpu} (not used by this version of ShortChat).</source>
            <translation>这台电脑：内存 {total}（可用 {free}），{gpu}（此版本的 ShortChat 不使用）。</translation>
        </message>
        <message>
            <source>This computer: {total} of memory ({free} free), no graphics card ShortChat can use.</source>
            <translation>这台电脑：内存 {total}（可用 {free}），没有 ShortChat 能用的显卡。</translation>
        </message>
        <message>
            <source>Choose a model</source>
            <translation>选择模型</translation>
        </message>
        <message>
            <source>Looking at this computer…</source>
            <translation>正在查看这台电脑…</translation>
        </message>
        <message>
            <source>Simple</source>
            <translation>简单</translation>
        </message>
        <message>
            <source>All sizes and quality levels</source>
            <translation>所有大小和质量等级</translation>
        </message>
        <message>
            <source>Add a file from disk…</source>
            <translation>从磁盘添加文件…</translation>
        </message>
        <message>
            <source>Back to the chat</source>
            <translation>返回对话</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>下载</translation>
        </message>
        <message>
            <source>chats up to {count} tokens</source>
            <translation>对话最长 {count} 个词元</translation>
        </message>
        <message>
            <source>no room for a chat</source>
            <translation>没有容纳对话的空间</translation>
        </message>
        <message>
            <source>measured on this computer</source>
            <translation>在这台电脑上测得</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>估计值</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>使用这个模型</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>正在下载…</translation>
        </message>
        <message>
            <source>Download (needs the internet)</source>
            <translation>下载（需要联网）</translation>
        </message>
        <message>
            <source>Download ({size})</source>
            <translation>下载（{size}）</translation>
        </message>
    </context>
    <context>
        <name>ModelSession</name>
        <message>
            <source>Loading {model}…</source>
            <translation>正在加载 {model}…</translation>
        </message>
        <message>
            <source>Loading {model}… {percent} %</source>
            <translation>正在加载 {model}… {percent} %</translation>
        </message>
        <message>
            <source>Loaded in {seconds} s, {count} tokens of context</source>
            <translation>加载用时 {seconds} 秒，对话记忆 {count} 个词元</translation>
        </message>
        <message>
            <source>Ready: {model}</source>
            <translation>已就绪：{model}</translation>
        </message>
        <message>
            <source>No model loaded</source>
            <translation>未加载模型</translation>
        </message>
    </context>
    <context>
        <name>QualityChart</name>
        <message>
            <source>Chart of answer quality against memory needed</source>
            <translation>回答质量与所需内存的图表</translation>
        </message>
        <message>
            <source>Each dot is one download. Higher is better quality; further right needs more memory.</source>
            <translation>每个点代表一个下载。越高质量越好；越靠右需要的内存越多。</translation>
        </message>
    </context>
    <context>
        <name>Remote</name>
        <message>
            <source>llama.cpp server</source>
            <translation>llama.cpp 服务器</translation>
        </message>
        <message>
            <source>OpenAI-compatible server</source>
            <translation>OpenAI 兼容服务器</translation>
        </message>
        <message>
            <source>The prompt is sent as text: typed control words such as &lt;/s&gt; are broken with an invisible character so they stay text</source>
            <translation>提示以文本形式发送：输入的 &lt;/s&gt; 等控制词会被一个不可见字符断开，因此仍是普通文本</translation>
        </message>
        <message>
            <source>The prompt is sent as tokens: typed text is always text, exactly as on this computer</source>
            <translation>提示以词元形式发送：输入的文字始终是文本，与在这台电脑上完全相同</translation>
        </message>
        <message>
            <source>{server} at {computer} — no model offered yet</source>
            <translation>{computer} 上的 {server} — 尚未提供模型</translation>
        </message>
        <message>
            <source>{server} at {computer} — {model}</source>
            <translation>{computer} 上的 {server} — {model}</translation>
        </message>
        <message>
            <source>, chat memory {tokens} tokens</source>
            <translation>，对话记忆 {tokens} 个词元</translation>
        </message>
        <message>
            <source> (and %n more)</source>
            <translation>（另有 %n 个）</translation>
        </message>
    </context>
    <context>
        <name>RemoteModels</name>
        <message>
            <source>chat memory {count} tokens</source>
            <translation>对话记忆 {count} 个词元</translation>
        </message>
        <message>
            <source>chat memory as the server sets it</source>
            <translation>对话记忆由服务器决定</translation>
        </message>
        <message>
            <source>speed measured after its first reply</source>
            <translation>首次回复后测量速度</translation>
        </message>
        <message>
            <source>writes {speed}, measured from here</source>
            <translation>生成速度 {speed}（从这里测得）</translation>
        </message>
        <message>
            <source>Chat with {model} on the server at {url}</source>
            <translation>与 {url} 服务器上的 {model} 对话</translation>
        </message>
        <message>
            <source>Ask the servers again</source>
            <translation>再次询问服务器</translation>
        </message>
        <message>
            <source>See which models the computers in Settings → Other computers offer now</source>
            <translation>查看“设置 → 其他电脑”中的电脑现在提供哪些模型</translation>
        </message>
        <message>
            <source>On other computers</source>
            <translation>其他电脑上的模型</translation>
        </message>
        <message>
            <source>Models on other computers</source>
            <translation>其他电脑上的模型</translation>
        </message>
        <message>
            <source>{url}: asking the server…</source>
            <translation>{url}：正在询问服务器…</translation>
        </message>
        <message>
            <source>{model} at {url}</source>
            <translation>{url} 上的 {model}</translation>
        </message>
        <message>
            <source>Other computers</source>
            <translation>其他电脑</translation>
        </message>
        <message>
            <source>Servers on other computers</source>
            <translation>其他电脑上的服务器</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>服务器地址</translation>
        </message>
        <message>
            <source>API key, if the server has one</source>
            <translation>API 密钥（如果服务器需要）</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>测试</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Models on other computers: chat with a model running on a bigger computer (llama-server, Ollama, or an OpenAI-compatible server).</source>
            <translation>其他电脑上的模型：与在更强的电脑上运行的模型对话（llama-server、Ollama 或 OpenAI 兼容服务器）。</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>正在询问服务器…</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>已移除。</translation>
        </message>
        <message>
            <source>{model} on {computer}</source>
            <translation>{computer} 上的 {model}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Same as this computer</source>
            <translation>跟随这台电脑</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Instructions for the model</source>
            <translation>给模型的指令</translation>
        </message>
        <message>
            <source>Reset to default</source>
            <translation>恢复默认</translation>
        </message>
        <message>
            <source>Put back the instructions ShortChat starts with</source>
            <translation>恢复 ShortChat 最初的指令</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> 个词元</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>gpu layers</source>
            <translation>GPU 层数</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>文字大小</translation>
        </message>
        <message>
            <source> GB</source>
            <translation> GB</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Disk for reopening chats</source>
            <translation>用于重新打开对话的磁盘空间</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>Delete what is kept; long chats are read again the next time</source>
            <translation>删除已保存的内容；长对话下次会重新读取</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>回复</translation>
        </message>
        <message>
            <source>What the model is told before every chat (a chat can have its own: Chat menu).</source>
            <translation>每次对话前告诉模型的话（每个对话也可以有自己的指令：“对话”菜单）。</translation>
        </message>
        <message>
            <source>Creativity</source>
            <translation>创造性</translation>
        </message>
        <message>
            <source>0 gives the likeliest words; higher gives more varied ones.</source>
            <translation>0 选用最可能的词；越高用词越多样。</translation>
        </message>
        <message>
            <source>Called “temperature”. At 0 the model always picks its likeliest next word, so the same question gets the same reply; higher values pick less likely words more often. 0.7 is a good start.</source>
            <translation>称为“temperature”。为 0 时，模型总是选最可能的下一个词，因此同一个问题得到同一个回复；值越高，越常选用不太可能的词。0.7 是不错的起点。</translation>
        </message>
        <message>
            <source>Word choice</source>
            <translation>用词范围</translation>
        </message>
        <message>
            <source>Lower keeps replies to the most probable words.</source>
            <translation>越低，回复越只用最可能的词。</translation>
        </message>
        <message>
            <source>Called “top-p”. Before each word the model keeps only its likeliest candidates whose chances add up to this share: 0.95 leaves out the rarest 5 %; lower values give safer, plainer replies.</source>
            <translation>称为“top-p”。模型在每个词之前只保留最可能的候选词，直到它们的概率之和达到这个比例：0.95 会排除最罕见的 5 %；值越低，回复越稳妥、越朴素。</translation>
        </message>
        <message>
            <source>Longest reply</source>
            <translation>最长回复</translation>
        </message>
        <message>
            <source>A token is a word or a piece of one (about ¾ of a word).</source>
            <translation>一个词元是一个词或词的一部分（约 ¾ 个英语单词）。</translation>
        </message>
        <message>
            <source>Called “max tokens”: the reply stops after this many tokens even if the model is not done.</source>
            <translation>称为“max tokens”：即使模型还没写完，回复也会在这么多词元后停止。</translation>
        </message>
        <message>
            <source>Memory and speed</source>
            <translation>内存与速度</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>对话记忆</translation>
        </message>
        <message>
            <source>How much of the chat the model sees at once; more needs more memory. Automatic: the most that fits easily here.</source>
            <translation>模型一次能看到多少对话内容；越多需要的内存越多。自动：这台电脑能轻松容纳的最大值。</translation>
        </message>
        <message>
            <source>Called the “context”, counted in tokens. Older parts of a longer chat are left out of what the model sees.</source>
            <translation>称为“context”，以词元计。较长对话中较早的部分会超出模型能看到的范围。</translation>
        </message>
        <message>
            <source>Processor cores</source>
            <translation>处理器核心</translation>
        </message>
        <message>
            <source>How many processor cores work on a reply. Automatic: all of them.</source>
            <translation>用多少个处理器核心来生成回复。自动：全部。</translation>
        </message>
        <message>
            <source>Called “CPU threads”: how many parts of the processor work on a reply at the same time. More than the computer has makes replies slower, not faster.</source>
            <translation>称为“CPU threads”：处理器有多少部分同时生成回复。超过电脑实际拥有的数量只会更慢，不会更快。</translation>
        </message>
        <message>
            <source>Graphics card</source>
            <translation>显卡</translation>
        </message>
        <message>
            <source>How much of the model runs on the graphics card. Automatic: as much as fits.</source>
            <translation>模型有多少在显卡上运行。自动：能放下多少就放多少。</translation>
        </message>
        <message>
            <source>Called “GPU layers”: the model is a stack of layers, and this many of them run on the graphics card, which is faster; the rest run on the processor.</source>
            <translation>称为“GPU layers”：模型由一层层堆叠而成，其中这么多层在更快的显卡上运行，其余在处理器上运行。</translation>
        </message>
        <message>
            <source>Memory, cores and graphics card take effect the next time a model loads.</source>
            <translation>内存、核心和显卡设置会在下次加载模型时生效。</translation>
        </message>
        <message>
            <source>Memory and cores take effect the next time a model loads.</source>
            <translation>内存和核心设置会在下次加载模型时生效。</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外观</translation>
        </message>
        <message>
            <source>Light or dark, or whatever this computer uses.</source>
            <translation>浅色、深色，或跟随这台电脑的设置。</translation>
        </message>
        <message>
            <source>The window's language; it changes the next time ShortChat starts.</source>
            <translation>窗口使用的语言；下次启动 ShortChat 时生效。</translation>
        </message>
        <message>
            <source>Of this computer's own text size, for the whole window and the chat. Anywhere: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 back to 100 %.</source>
            <translation>相对于这台电脑文字大小的比例，作用于整个窗口和对话。任何地方：Ctrl+= 放大，Ctrl+- 缩小，Ctrl+0 恢复 100 %。</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>{size} used</source>
            <translation>已用 {size}</translation>
        </message>
        <message>
            <source>Models folder</source>
            <translation>模型文件夹</translation>
        </message>
        <message>
            <source>Where downloaded models are kept.</source>
            <translation>下载的模型存放的位置。</translation>
        </message>
        <message>
            <source>Reopening chats</source>
            <translation>重新打开对话</translation>
        </message>
        <message>
            <source>Disk space for what the model has read of your recent chats, so a long chat continues at once instead of being read again. The least recently used go first when it is full.</source>
            <translation>用于保存模型在最近对话中已读内容的磁盘空间，这样长对话可以立即继续，而不必重新读取。空间满时，最久未使用的先被删除。</translation>
        </message>
        <message>
            <source>llama.cpp's state (its KV cache) of each recent chat, saved after a reply and used again only when the chat, the model and its settings are exactly the same.</source>
            <translation>每个最近对话的 llama.cpp 状态（其 KV 缓存），在回复后保存，只有当对话、模型及其设置完全相同时才会再次使用。</translation>
        </message>
        <message>
            <source>Other apps</source>
            <translation>其他应用</translation>
        </message>
        <message>
            <source>Other programs on this computer can use the model loaded here. Takes effect at once.</source>
            <translation>这台电脑上的其他程序可以使用这里加载的模型。立即生效。</translation>
        </message>
        <message>
            <source>An OpenAI-compatible API at this address, for this computer only (as `shortchat serve`).</source>
            <translation>此地址上的 OpenAI 兼容 API，仅供这台电脑使用（同 `shortchat serve`）。</translation>
        </message>
        <message>
            <source>Instructions for this chat</source>
            <translation>此对话的指令</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>使用默认值</translation>
        </message>
        <message>
            <source>What the model is told before this chat (the other chats keep theirs):</source>
            <translation>在此对话前告诉模型的话（其他对话保留各自的指令）：</translation>
        </message>
    </context>
    <context>
        <name>SimpleChoices</name>
        <message>
            <source>No model fits this computer's memory right now. Close other programs, or look at “All sizes and quality levels” for the smallest ones.</source>
            <translation>目前没有模型能放进这台电脑的内存。请关闭其他程序，或在“所有大小和质量等级”中查看最小的模型。</translation>
        </message>
        <message>
            <source>{model}: not published on the model hub yet, so it cannot be downloaded.</source>
            <translation>{model}：尚未在模型中心发布，因此无法下载。</translation>
        </message>
        <message>
            <source>{model}: not known yet (the model hub could not be reached).</source>
            <translation>{model}：暂时未知（无法连接模型中心）。</translation>
        </message>
        <message>
            <source>Asking the model hub which models are available…</source>
            <translation>正在询问模型中心有哪些模型可用…</translation>
        </message>
        <message>
            <source>needs {size} of memory (measured here)</source>
            <translation>需要 {size} 内存（本机测得）</translation>
        </message>
        <message>
            <source>needs about {size} of memory</source>
            <translation>大约需要 {size} 内存</translation>
        </message>
        <message>
            <source>On this computer, {size}</source>
            <translation>已在这台电脑上，{size}</translation>
        </message>
        <message>
            <source>Download {size}</source>
            <translation>下载 {size}</translation>
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
            <translation>{value} 字节</translation>
        </message>
        <message>
            <source>{value} s</source>
            <translation>{value} 秒</translation>
        </message>
        <message>
            <source>{value} min</source>
            <translation>{value} 分钟</translation>
        </message>
        <message>
            <source>{value} h</source>
            <translation>{value} 小时</translation>
        </message>
    </context>
    <context>
        <name>Speed</name>
        <message>
            <source>over {count} words/s</source>
            <translation>每秒超过 {count} 个词</translation>
        </message>
        <message>
            <source>{count} words/s</source>
            <translation>每秒 {count} 个词</translation>
        </message>
        <message>
            <source>speed unknown</source>
            <translation>速度未知</translation>
        </message>
        <message>
            <source>{speed}, measured</source>
            <translation>{speed}，实测</translation>
        </message>
        <message>
            <source>about {speed}</source>
            <translation>约 {speed}</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>No model loaded</source>
            <translation>未加载模型</translation>
        </message>
        <message>
            <source>Chat memory</source>
            <translation>对话记忆</translation>
        </message>
        <message>
            <source>Loading the model</source>
            <translation>正在加载模型</translation>
        </message>
        <message>
            <source>The model stopped · it loads again when you send</source>
            <translation>模型已停止 · 发送时会重新加载</translation>
        </message>
    </context>
</TS>