# Tiers and incentives: the partner's tier and progress, rebates and
# points, the staff's tier board and company pages, the program console,
# payout runs, and what evaluation says and sends.
# Glossary of domain terms: locales/GLOSSARY.md.

## Shared words
tier-yes = はい
tier-no = いいえ
tier-filter-all = すべて
tier-progress-separator = {"、"}

## Content levels
tier-content-basic = ベーシック
tier-content-standard = スタンダード
tier-content-premium = プレミアム

## Incentive kinds and statuses
tier-incentive-rebate = リベート
tier-incentive-commission = コミッション
tier-incentive-earned = 発生済み
tier-incentive-approved = 承認済み
tier-incentive-paid = 支払い済み
tier-incentive-clawed-back = 回収済み

## Requirements
tier-req-revenue = 過去 12 か月の受注売上
tier-req-approved = 過去 12 か月の承認済み案件登録
tier-req-won = 過去 12 か月の受注済み案件登録
tier-req-certified = 認定取得者

## Progress
tier-progress-untracked = 未計測
tier-progress-of = { $current } / { $target }
tier-progress-done = 達成
tier-progress-not-yet = 未達成
tier-progress-not-counted = 未集計
tier-progress-met = 達成
tier-progress-certification = 認定取得者は、トレーニングがポータルに組み込まれた時点で集計されます。それまでは、ティアの判定に影響しません。

## Progress lines in reasons and notes
tier-line-untracked = { $requirement }：未計測
tier-line-revenue = 過去 12 か月の受注売上：{ $current } / { $target }
tier-line-approved = 過去 12 か月の承認済み案件登録：{ $current } / { $target }
tier-line-won = 過去 12 か月の受注済み案件登録：{ $current } / { $target }
tier-line-certified = 認定取得者：{ $current } / { $target }
tier-line-custom-done = { $criterion }：達成
tier-line-custom-open = { $criterion }：未達成

## Benefits
tier-benefit-discount = 再販割引
tier-benefit-margin = 案件登録の追加マージン
tier-benefit-rebate = 受注案件のリベート
tier-benefit-commission = 受注案件のコミッション
tier-benefit-mdf = MDF（マーケティング開発資金）
tier-benefit-mdf-eligible = 対象
tier-benefit-mdf-not-included = 対象外
tier-benefit-content = コンテンツへのアクセス

## The tier card
tier-card-title = 貴社のティア：{ $tier }
tier-card-details = ティアの詳細
tier-card-since = { $program } · { $date }から
tier-card-benefits = 割引{ $discount } · 案件登録マージン{ $margin } · リベート{ $rebate }
tier-card-grace = { $tier }の要件を下回っています。ティアは{ $until }まで維持されます。維持するには、それまでに再び要件を満たしてください。
tier-card-keep = { $tier }を維持するには
tier-card-pending = { $from } → { $to }を提案中（チャネルマネージャーの承認待ち）
tier-card-next = { $tier }への進捗
tier-card-top = プログラムの最上位ティアです。

## Column headers
tier-col-tier = ティア
tier-col-revenue-12 = 受注売上（12 か月）
tier-col-revenue = 売上
tier-col-approved = 承認済み
tier-col-won = 受注
tier-col-certified = 認定取得者
tier-col-discount = 割引
tier-col-deal-margin = 案件マージン
tier-col-margin = マージン
tier-col-rebate = リベート
tier-col-commission = コミッション
tier-col-mdf = MDF
tier-col-content = コンテンツ
tier-col-from = 適用開始日
tier-col-criteria = 基準
tier-col-program = プログラム
tier-col-companies = 企業数
tier-col-company = 企業
tier-col-region = 地域
tier-col-since = 開始日
tier-col-qualifies = 該当ティア
tier-col-grace = 猶予期限
tier-col-deal = 案件
tier-col-kind = 種類
tier-col-status = ステータス
tier-col-deal-value = 案件金額
tier-col-rate = 料率
tier-col-amount = 金額
tier-col-action = 操作
tier-col-rank = 順位
tier-col-points = ポイント
tier-col-run = 支払いバッチ
tier-col-entries = 明細数
tier-col-total = 合計
tier-col-created = 作成日時
tier-col-reference = 参照番号
tier-col-csv = CSV

## The partner's tier page
tier-mine-title = 貴社のティア
tier-mine-lead = パートナープログラムにおける貴社の現在の位置、次のティアに到達するための条件、そのティアで得られる特典です。
tier-figures-title = 過去 12 か月
tier-figures-revenue = 受注売上
tier-figures-approved = 承認済みの登録
tier-figures-won = 受注済みの登録
tier-figures-unconverted = { $currencies }建ての受注案件は集計されていません。プログラムにこれらの通貨の為替レートがまだ設定されていないためです。
tier-figures-gives = { $tier }の特典
tier-ladder-title = { $program }のティア
tier-ladder-label = プログラムのティア
tier-ladder-current = 現在
tier-ladder-also = その他の基準：{ $criteria }
tier-ladder-no-rules = 有効なルールはまだありません
tier-history-title = ティアの履歴
tier-history-empty = まだ変更はありません。
tier-none-title = まだプログラムに参加していません
tier-none-text = 次回の評価（毎日、および案件の受注時に実施）で、既定のパートナープログラムのエントリーティアに参加します。

## History
tier-event-placed = { $to }に設定
tier-event-assigned = { $from }から{ $to }に直接変更
tier-event-proposed = { $from } → { $to }を提案
tier-event-approved = { $from }から{ $to }に変更
tier-event-rejected = { $from } → { $to }は承認されませんでした
tier-event-withdrawn = { $to }への提案を取り下げ
tier-event-grace-started = { $to }の猶予期間を開始
tier-event-grace-cleared = { $to }の要件を再び達成
tier-event-checked = { $to }の基準を達成
tier-event-unchecked = { $to }の基準を満たさなくなりました

## A company's tier page (staff)
tier-company-title = パートナーのティア
tier-company-heading = { $company }：ティア
tier-company-evaluated = 最終評価：{ $at }
tier-company-not-evaluated = 未評価
tier-company-link = 企業
tier-evaluate-now = 今すぐ評価
tier-notice-decided = 判断を保存しました。パートナー管理者に通知しました。
tier-notice-checked = 基準を保存し、企業を再評価しました。
tier-notice-assigned = ティアを割り当てました。
tier-notice-evaluated = 本日の数値で評価しました。
tier-decide-title = { $company }：{ $from } → { $to }
tier-decide-up = 昇格
tier-decide-down = 降格
tier-decide-proposed = 提案日時：{ $at }
tier-decide-note = パートナーへのメモ（却下する場合は必須）
tier-decide-approve = 承認
tier-decide-reject = 却下
tier-criteria-title = 担当者が確認する基準
tier-criteria-lead = ポータルでは測定できない要件です（署名済みのビジネスプラン、四半期レビューなど）。チェックを入れると、企業が再評価されます。
tier-criteria-untick = チェックを外す
tier-criteria-tick = 達成済みにする
tier-assign-title = ティアを直接設定
tier-assign-lead = オンボーディング、別のプログラムへの移行、誤りの訂正に使用します。理由とともに履歴に記録され、以降の評価はこの状態から行われます。
tier-assign-reason = 理由 *
tier-assign-submit = ティアを割り当て

## The tier board (staff)
tier-board-title = パートナーのティア
tier-board-lead = ティアごとのパートナーの分布、日次評価で提案された変更、猶予期間中の企業です。
tier-board-rules = プログラムとルール
tier-board-distribution = ティアの分布
tier-board-chart = ティア別の企業数：{ $counts }
tier-board-per-tier = ティア別の企業数
tier-board-in-grace = { $count ->
   *[other] { $count } 社が猶予期間中です。
}
tier-board-to-decide = 判断待ちの変更（{ $count } 件）
tier-board-nothing = 判断待ちのものはありません。評価は毎日、および案件の受注時に実行されます。
tier-board-companies = ティア別の企業
tier-board-empty-title = 企業はありません
tier-board-empty-text = このティアの企業はありません。

## The program console (vendor admins)
tier-admin-title = プログラムとティア
tier-admin-lead = ティアごとの要件と特典、およびその適用開始日を設定します。変更は適用開始日から有効になります。評価とインセンティブには、常にその時点で有効なルールが使用されます。
tier-admin-new-program = 新しいプログラム
tier-notice-saved = プログラムを保存しました。
tier-notice-added = ティアを追加しました。下でルールを設定してください。
tier-notice-ruled = ルールを保存しました。
tier-program-name = 名前 *
tier-program-currency = 通貨
tier-program-grace = 降格の猶予期間（日）
tier-program-points-registered = 登録 1 件あたりのポイント
tier-program-points-won = 受注 1 件あたりのポイント
tier-program-rates = プログラム通貨への為替レート
tier-program-rates-hint = 1 行に 1 つずつ入力します（例：EUR = 1.08）。その他の通貨の受注案件は集計されません。
tier-program-points = ポイントとランキング
tier-program-public = パートナーがランキングで他社を閲覧できるようにする（オフの場合は自社の順位のみ表示）
tier-program-default = 新しい企業をこのプログラムに参加させる
tier-program-save = プログラムを保存
tier-program-create = プログラムを作成
tier-program-default-badge = 既定
tier-program-companies = { $count ->
   *[other] { $count } 社
}
tier-add-title = { $program }にティアを追加
tier-add-name = ティア名 *
tier-add-rank = ランク（0 = エントリーティア）
tier-add-submit = ティアを追加
tier-rules-title = { $tier }（ランク { $rank }）
tier-rules-none = ルールはまだありません。有効なバージョンが設定されるまで、このティアは使用されません。
tier-rules-label = { $tier }のルールのバージョン
tier-rules-in-force = 有効
tier-rules-new = { $tier }のルールの新しいバージョン
tier-rule-from = 適用開始日 *
tier-rule-revenue = 受注売上（過去 12 か月）
tier-rule-certified-hint = トレーニング機能の導入後に集計されます
tier-rule-criteria = 担当者が確認する基準
tier-rule-criteria-hint = 1 行に 1 つずつ
tier-rule-discount = 再販割引（%）
tier-rule-margin = 案件登録マージン（%）
tier-rule-rebate = リベート（%）
tier-rule-commission = コミッション（%）
tier-rule-mdf = MDF（マーケティング開発資金）の対象
tier-rule-save = バージョンを保存

## Rebates and points (partners)
tier-earnings-title = リベートとポイント
tier-earnings-lead = 貴社のティアの料率に基づいて受注案件で獲得した金額、支払い済みの金額、貴社の順位です。
tier-earnings-empty-title = まだ獲得した報酬はありません
tier-earnings-empty-text = 受注案件には、受注日時点の貴社のティアの料率でリベート（ティアに設定されている場合はコミッションも）が発生します。
tier-totals-due = 未払い（発生済みおよび承認済み）
tier-totals-approved = 支払い承認済み
tier-entries-label = リベートとコミッション
tier-entries-title = 明細
tier-entries-all = すべての明細
tier-entries-empty = 明細はありません。
tier-entry-payout = 支払いバッチ #{ $id }
tier-leaderboard-title = { $year }年のランキング
tier-leaderboard-own = { $points ->
   *[other] 今年の貴社の順位は { $of } 社中 { $rank } 位です（{ $points } ポイント）。
}
tier-leaderboard-label = ランキング
tier-leaderboard-private = このプログラムでは、他社のポイントは非公開です。案件を登録して受注すると、ポイントを獲得できます。

## Payouts (vendor admins)
tier-payouts-title = 支払い
tier-payouts-heading = リベートとコミッション：支払い
tier-payouts-lead = パートナーが獲得した報酬を承認して支払いバッチにまとめ、経理部門向けにエクスポートし、支払いの参照番号を入力して支払い済みにします。
tier-notice-created = 支払いバッチを作成しました。含まれる明細は承認済みになりました。
tier-notice-paid = 支払い済みにしました。各パートナーの管理者に通知しました。
tier-notice-released = 明細をバッチから除外しました。明細は発生済みに戻りました。
tier-notice-clawed = 明細を回収しました。
tier-payouts-all-companies = すべての企業
tier-payouts-earned = 発生済み（バッチ未登録）
tier-payouts-earned-none = 待機中の発生済み報酬はありません。
tier-payouts-new = 新しい支払いバッチ
tier-payouts-until = 対象とする発生日（この日を含む）
tier-payouts-until-hint = 空欄の場合は、これまでに発生したすべての報酬
tier-payouts-note = メモ
tier-payouts-create = 承認して支払いバッチを作成
tier-runs-title = 支払いバッチ
tier-runs-empty = 支払いバッチはまだありません。
tier-runs-download = ダウンロード
tier-run-title = 支払いバッチ #{ $id }
tier-run-export = 経理部門向けにCSVをエクスポート
tier-run-unpaid = 承認済み・未払い
tier-run-entries = { $count ->
   *[other] { $count } 件の明細
}
tier-run-paid = { $date }に支払い済み · 参照番号：{ $reference }
tier-run-reference = 支払いの参照番号 *
tier-run-reference-hint = 銀行振込または経理処理のバッチに記載されているとおりに入力
tier-run-pay = 支払い済みにする
tier-entry-release = バッチから除外
tier-entry-claw = 回収

## The payout CSV's column headers
tier-csv-payout = 支払いバッチ
tier-csv-entry = 明細
tier-csv-company-id = 企業ID
tier-csv-company = 企業
tier-csv-deal-id = 案件ID
tier-csv-customer = 顧客
tier-csv-kind = 種類
tier-csv-status = ステータス
tier-csv-currency = 通貨
tier-csv-deal-value = 案件金額
tier-csv-rate-percent = 料率（%）
tier-csv-amount = 金額
tier-csv-earned-on = 発生日
tier-csv-reference = 参照番号

## What evaluation writes into the history
tier-joined-note = { $program }に{ $tier }として参加しました。
tier-reason-up = { $tier }の要件を満たしています：{ $progress }。
tier-reason-down = 猶予期間が終了しましたが、まだ{ $tier }の要件を下回っています：{ $progress }。
tier-grace-note = { $tier }の要件を下回っています：{ $progress }。ティアは{ $until }まで維持されます。
tier-grace-cleared-note = { $tier }の要件を再び満たしました。
tier-withdrawn-figures = 数値がこの変更の条件を満たさなくなりました。
tier-withdrawn-back = ティアの要件を再び満たしました。
tier-withdrawn-below = 現在のティアの要件を下回りました。
tier-withdrawn-newer = より新しい評価に置き換えられました。
tier-withdrawn-assigned = 直接の割り当てに置き換えられました。

## Notifications
tier-proposed-up-title = { $company }が{ $from } → { $to }の昇格条件を満たしました
tier-proposed-down-title = { $company }が{ $from } → { $to }に降格の見込みです
tier-grace-title = { $tier }ティアの維持について
tier-now-title = 貴社のティアは{ $tier }になりました
tier-now-up = おめでとうございます。{ $from }から{ $to }に昇格しました。
tier-now-up-note = おめでとうございます。{ $from }から{ $to }に昇格しました。{ $note }
tier-now-down = 貴社のティアは{ $from }から{ $to }に変更されました。
tier-now-down-note = 貴社のティアは{ $from }から{ $to }に変更されました。{ $note }
tier-kept-title = { $tier }ティアを維持しました
tier-kept-body = 提案されていた{ $to }への変更は行われませんでした：{ $note }
tier-paid-title = リベートとコミッション{ $amount }を支払いました
tier-paid-body = 支払いの参照番号：{ $reference }

## Errors
tier-error-percent = 0～100 のパーセンテージを入力してください（例：2.5）。
tier-error-rate = 1.08 のような形式でレートを入力してください（1 単位あたりのプログラム通貨の額）。
tier-error-rate-line = { $line } 行目：1.08 のような形式でレートを入力してください（1 単位あたりのプログラム通貨の額）。
tier-error-rates-line = { $line } 行目：プログラム通貨以外の通貨について、EUR = 1.08 のように「通貨 = レート」の形式で入力してください。
tier-error-days = 日数は 0～{ $max } の範囲で入力してください。
tier-error-points = ポイントは 0～{ $max } の範囲で入力してください。
tier-error-rank = ランクは 0～{ $max } の範囲で入力してください。
tier-error-count = 数は 0～{ $max } の範囲で入力してください。
tier-error-currency = 一覧から通貨を選択してください。
tier-error-program-taken = この名前のプログラムはすでに存在します。
tier-error-tier-taken = このランクまたは名前は、すでに{ $tier }で使用されています。
tier-error-from = ルールの適用開始日を入力してください（YYYY-MM-DD）。
tier-error-from-used = この日付から適用されるルールで、すでにインセンティブが計算されています。これより後の日付でバージョンを追加してください。
tier-error-criteria = 基準は 10 個まで、1 行に 1 つずつ、それぞれ 120 文字以内で入力してください。
tier-error-content = コンテンツレベルを選択してください。
tier-error-up-to = { $max } 文字以内で入力してください。
tier-error-reject-note = 理由を簡潔に入力してください（パートナーの管理者にも表示されます）。
tier-error-assign-note = 理由を簡潔に入力してください（3～500 文字）。
tier-error-already-approved = この変更はすでに承認されています。再読み込みして、企業のティアを確認してください。
tier-error-already-rejected = この変更はすでに却下されています。再読み込みして、企業のティアを確認してください。
tier-error-already-withdrawn = この変更はすでに取り下げられています。再読み込みして、企業のティアを確認してください。
tier-error-tier-moved = この変更が提案された後に、企業のティアが変更されました。ページを再読み込みしてください。
tier-error-criterion = この基準は、現在有効なティアのルールに含まれていません。
tier-error-decision = 承認しますか、却下しますか？
tier-error-company = 企業を選択するか、すべての企業を選択してください。
tier-error-until = 日付（YYYY-MM-DD）を入力するか、これまでに発生したすべての報酬を対象にする場合は空欄にしてください。
tier-error-nothing-earned = 条件に一致する発生済みの報酬がないため、支払いバッチは作成されませんでした。
tier-error-reference = 経理部門が使用した支払いの参照番号を入力してください（2～100 文字）。
tier-error-run-paid = この支払いバッチはすでに支払い済みです。
tier-error-release = 除外できるのは、未払いのバッチに含まれる承認済みの明細のみです。ページを再読み込みしてください。
tier-error-claw-reason = 理由を入力してください（3～500 文字）。パートナーにも表示されます。
tier-error-clawed = この明細はすでに回収されています。
tier-error-run-id = どの支払いバッチですか？IDを指定してください。
