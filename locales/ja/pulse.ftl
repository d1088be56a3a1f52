## The portal pulse (two questions a quarter on the partner's first screen)

pulse-title = 簡単なご質問
pulse-question = このパートナーポータルを同僚に勧める可能性はどのくらいありますか？
pulse-scale-low = 0：まったく勧めない
pulse-scale-high = 10：ぜひ勧めたい
pulse-comment = いちばん変えてほしい点をひとつ教えてください（任意）
pulse-comment-hint = 回答はベンダーのチャネルチームが確認します。このご質問は四半期に 1 回までです。
pulse-send = 送信
pulse-not-now = 後で
pulse-thanks = ありがとうございました。回答はベンダーのチャネルチームに届きました。
pulse-error-score = 0～10 のスコアを選んでください。
pulse-error-comment-long = コメントは { $max } 文字以内で入力してください。
pulse-error-already = 今四半期はすでに回答済みです。次回のご質問は来四半期にお届けします。
