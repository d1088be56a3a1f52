
## Labels of stored values (string_enum!)
mdf-status-submitted = 承認待ち
mdf-status-returned = 差し戻し
mdf-status-declined = 却下
mdf-status-cancelled = キャンセル済み
mdf-status-approved = 承認済み
mdf-status-claimed = 払い戻し申請審査中
mdf-status-changes-requested = 払い戻し申請要修正
mdf-status-claim-rejected = 払い戻し申請却下
mdf-status-claim-approved = 払い戻し申請承認済み
mdf-status-reimbursed = 払い戻し済み
mdf-status-expired = 払い戻し申請期限切れ
activity-type-event = イベント
activity-type-webinar = ウェビナー
activity-type-digital = デジタルキャンペーン
activity-type-syndication = コンテンツシンジケーション
activity-type-training = トレーニング
activity-type-other = その他
entry-kind-allocation = 割り当て
entry-kind-commitment = 承認済みMDF申請
entry-kind-release = 予算確保の解除
entry-kind-claim = 承認済み払い戻し申請
entry-kind-reimbursement = 払い戻し
entry-kind-expiry = 期間終了による失効

## What a request is called (in workflow messages: "This request is …")
mdf-noun = MDF申請

## What happens next, in the partner's words
mdf-next-submitted = 担当のチャネルマネージャーが申請を審査します。
mdf-next-returned = 申請を修正して再提出してください。
mdf-next-declined = 却下されました。この申請はクローズされています。
mdf-next-cancelled = キャンセルされました。これ以上の操作は不要です。
mdf-next-approved = 施策を実施し、期限までに実施証明を添えて払い戻し申請を提出してください。
mdf-next-claimed = 払い戻し申請を審査中です。
mdf-next-changes-requested = 指摘に従って払い戻し申請を修正し、再提出してください。
mdf-next-claim-rejected = 払い戻し申請は却下されました。予算は残高に戻されています。
mdf-next-claim-approved = 支払いが承認されました。経理部門が支払いを行います。
mdf-next-reimbursed = 支払い済みです。
mdf-next-expired = 期限内に払い戻し申請が提出されなかったため、予算は残高に戻されました。
mdf-claim-by = { $date }までに払い戻し申請

## The ledger's refusals ($available: an amount)
mdf-ledger-zero = 金額を 0 にすることはできません。
mdf-ledger-short-allocation = この割り当てに必要な予算が不足しています。利用可能額は{ $available }です。
mdf-ledger-short-commitment = この承認済みMDF申請に必要な予算が不足しています。利用可能額は{ $available }です。
mdf-ledger-short-release = この予算確保の解除に必要な予算が不足しています。利用可能額は{ $available }です。
mdf-ledger-short-claim = この承認済み払い戻し申請に必要な予算が不足しています。利用可能額は{ $available }です。
mdf-ledger-short-reimbursement = この払い戻しに必要な予算が不足しています。利用可能額は{ $available }です。
mdf-ledger-short-expiry = この期間終了による失効に必要な予算が不足しています。利用可能額は{ $available }です。
mdf-ledger-funds-expired = { $period }の未使用の予算は、期間終了とともに失効しました。

## The request form's rules
mdf-activity-choose = 施策の種類を選択してください。
mdf-title-empty = 施策のタイトルを入力してください。
mdf-title-long = タイトルは 150 文字未満で入力してください。
mdf-description-long = 説明は 4,000 文字未満で入力してください。
mdf-starts-empty = 施策の開始日を入力してください。
mdf-ends-empty = 施策の終了日を入力してください。
mdf-ends-before = 終了日を開始日より前にすることはできません。
mdf-too-long = 施策の期間は最長 1 年です。
mdf-ended-long-ago = この施策は 1 年以上前に終了しています。
mdf-too-far = 2 年以上先の日付は指定できません。
mdf-whole-number = 整数を入力するか、空欄のままにしてください。
mdf-amount-over-cost = 申請額は総費用を超えることはできません。
mdf-amount-over-share = このプログラムで払い戻されるのは費用の { $percent } % までです。この施策の上限は{ $max }です。
mdf-amount-over-balance = MDF残高のうち申請できるのは{ $available }のみです。
mdf-amount-contribution = 自社負担額と申請額の合計が総費用を超えています。
mdf-no-funds = この期間のMDF予算は、まだ貴社に割り当てられていません。担当のチャネルマネージャーが割り当てを行います。
mdf-edit-not-returned = 編集できるのは、差し戻された申請のみです。
# $status: the request's status label
mdf-edit-status = この申請は「{ $status }」です。編集できるのは、差し戻された申請のみです。
mdf-status-filter = 不明なステータスフィルターです。

## Decisions, claims and payments
mdf-decision-unknown = 不明な判断です。
mdf-reason-return = 申請を差し戻す理由を入力してください。パートナーにも表示されます。
mdf-reason-decline = 申請を却下する理由を入力してください。パートナーにも表示されます。
mdf-reason-claim-changes = 払い戻し申請の修正が必要な理由を入力してください。パートナーにも表示されます。
mdf-reason-claim-reject = 払い戻し申請を却下する理由を入力してください。パートナーにも表示されます。
mdf-approve-over-request = 承認額は申請額以下にしてください。
mdf-approve-partial-reason = 申請額より少ない金額で承認する理由を入力してください。パートナーにも表示されます。
mdf-approve-over-available = このパートナーの予算で利用できるのは{ $available }のみです。承認額を減らすか、申請を差し戻してください。
mdf-leads-whole = リード数は整数で入力してください。
mdf-claim-too-early = 払い戻し申請は施策の実施後に提出できます。施策の最終日は{ $date }です。
mdf-claim-too-late = この施策の払い戻し申請の期限は{ $date }でした。期限後の申請は受け付けられません。承認済みの予算は残高に戻ります。
mdf-claim-no-proof = 先に実施証明（請求書、写真、参加者リストまたはリードリスト）を添付してください。
mdf-claim-over-cap = 上限は{ $cap }です（承認済みの申請額、および実費の { $percent } %）。
mdf-payment-reference-empty = 支払いの参照番号（振込番号またはクレジットノート番号）を入力してください。
mdf-paid-on = 支払日を入力してください（未来の日付は指定できません）。

## Proof of performance (uploads)
# $status: the request's status label
mdf-proof-closed = この申請は「{ $status }」です。実施証明を追加できるのは、払い戻し申請の受付中のみです。
mdf-proof-deadline = この施策の払い戻し申請の期限は{ $date }でした。
mdf-proof-max = 1 件の払い戻し申請に添付できるファイルは { $max } 件までです。先にファイルを削除してください。
mdf-proof-submitted = 提出済みの払い戻し申請のファイルは削除できません。
mdf-upload-multipart = ファイルは multipart/form-data 形式で送信してください。
mdf-upload-unreadable = アップロードされたデータを読み取れませんでした。
mdf-upload-request-first = ファイルが属する申請を指定してください（request_id を先頭に指定）。
mdf-upload-choose = アップロードするファイルを選択してください。
mdf-upload-csv-multipart = CSVは multipart/form-data 形式で送信してください。
mdf-upload-csv-utf8 = CSVがUTF-8のテキストではありません。「CSV UTF-8（コンマ区切り）」形式で保存してください。
mdf-upload-csv-choose = CSVファイルを選択してください。
mdf-download-which = どのファイルですか？IDを指定してください。

## History notes the portal writes (amounts in the request's currency)
mdf-note-claimed = { $claimed }を払い戻し申請しました（実費{ $cost }の { $percent } %）。
mdf-note-released = 確保済みの{ $committed }のうち、{ $released }が残高に戻ります。
mdf-note-payment = 支払いの参照番号：{ $reference }
# $reason: what the vendor wrote
mdf-note-partial = 申請額{ $requested }のうち、{ $approved }を承認しました。{ $reason }
mdf-note-cancelled = パートナーによりキャンセルされました。
mdf-note-resubmitted = 修正して再提出されました。
mdf-note-expired = 期限までに払い戻し申請が提出されなかったため、予算は残高に戻されました。
mdf-note-escalated = 判断期限を過ぎたため、ベンダー管理者に通知しました。

## Notifications and e-mails ($status: the new status's label; $amount: an amount)
mdf-notify-title = { $status }：{ $title }
mdf-notify-request-title = MDF申請：{ $title }
mdf-notify-claim-title = MDF払い戻し申請：{ $title }
mdf-notify-asks = { $company }が{ $amount }を申請しています（{ $activity }）。
mdf-notify-body = { $status }
mdf-notify-body-amount = { $status } · { $amount }
# $note: what the vendor or the partner wrote
mdf-notify-body-note = { $status }
    { $note }
mdf-notify-body-amount-note = { $status } · { $amount }
    { $note }
# The status line, then the history note (the same message, with its values).
mdf-notify-claimed = { $status } · { $amount }
    { mdf-note-claimed }
mdf-notify-released = { $status } · { $amount }
    { mdf-note-released }
mdf-notify-payment = { $status } · { $amount }
    { mdf-note-payment }
mdf-notify-partial = { $status } · { $amount }
    { mdf-note-partial }
mdf-notify-resubmitted = { $status } · { $amount }
    { mdf-note-resubmitted }
mdf-notify-expired = { $status } · { $amount }
    { mdf-note-expired }
mdf-notify-cancelled = { $status }
    { mdf-note-cancelled }
mdf-notify-cancelled-amount = { $status } · { $amount }
    { mdf-note-cancelled }
mdf-overdue-request-title = 期限超過のMDF申請：{ $subject }
mdf-overdue-claim-title = 期限超過のMDF払い戻し申請：{ $subject }
mdf-overdue-request-body = このMDF申請は、プログラムで定められた判断期限を過ぎています。
mdf-overdue-claim-body = このMDF払い戻し申請は、プログラムで定められた判断期限を過ぎています。
mdf-allocated-title = MDF割り当て：{ $amount }（{ $period }）
mdf-allocated-body = 貴社がマーケティング施策に利用できる予算は{ $available }になりました。
mdf-allocated-body-upload = 貴社に新しいマーケティング予算が割り当てられました。

## Allocations: the form, the CSV and its lines
mdf-period-shape = 2026-Q4 や 2026 のような形式で期間を入力してください。
mdf-period-give = 2026-Q4 のような形式で期間を指定してください。
mdf-currency-choose = 一覧から通貨を選択してください。
mdf-fund-currency = この企業の{ $period }の予算は{ $currency }建てです。同じ通貨で割り当ててください。
mdf-fund-expired = { $period }の予算は失効しています。現在の期間に割り当ててください。
# What a line of the allocation CSV is, in the plural (in the CSV's errors).
mdf-sheet-rows = 割り当て
mdf-csv-company-missing = 企業が指定されていません。
mdf-csv-period = 「{ $period }」は 2026-Q4 や 2026 のような期間ではありません。
# $error: why the amount was refused
mdf-csv-amount = 金額：{ $error }
mdf-csv-currency = 「{ $currency }」はプログラムで使用されている通貨ではありません。
mdf-csv-no-company = 「{ $company }」という名前のパートナー企業はありません。
mdf-csv-ambiguous = 「{ $company }」に一致する企業が複数あります。IDを使用してください。
mdf-csv-expired = { $period }の予算は失効しています。
mdf-csv-fund-currency = この企業の{ $period }の予算は{ $currency }建てです。
mdf-csv-reduction = 減額が利用可能額{ $available }を超えています。
mdf-csv-has-errors = 一部の行にエラーがあるため、何も適用されていません。ファイルを修正して、もう一度アップロードしてください。

## The program's rules
mdf-settings-claim-days = 払い戻し申請の期限は { $min }～{ $max } の整数で入力してください。
mdf-settings-max-percent = 払い戻し率は { $min }～{ $max } の整数で入力してください。
mdf-settings-sla-hours = 判断期限は { $min }～{ $max } の整数で入力してください。
mdf-settings-period = 四半期または年を選択してください。

## Shared pieces of the pages
mdf-funds-link = マーケティング開発資金
mdf-request-funds = MDFを申請
mdf-queues-link = キュー
mdf-budgets-link = 予算
mdf-balance-allocated = 割り当て済み
mdf-balance-available = 利用可能
mdf-balance-committed = 確保済み
mdf-balance-claimed = 払い戻し申請済み
mdf-balance-paid = 支払い済み
mdf-col-activity = 施策
mdf-col-partner = パートナー
mdf-col-region = 地域
mdf-col-status = ステータス
mdf-col-requested = 申請額
mdf-col-approved = 承認額
mdf-col-claimed = 払い戻し申請額
mdf-col-to-pay = 支払額
mdf-col-next-step = 次のステップ
mdf-col-waiting-since = 待機開始日時
mdf-col-clock = 期限

## The fund card
mdf-balance-title = MDF残高
mdf-balance-none = この期間のMDF（マーケティング開発資金）は、まだ貴社に割り当てられていません。担当のチャネルマネージャーが割り当てを行います。
mdf-balance-period = MDF残高 · { $period }
mdf-balance-requestable = 申請可能
mdf-balance-bar = 割り当て済み{ $allocated }のうち、支払い済み{ $paid }、払い戻し申請済み{ $claimed }、確保済み{ $committed }、利用可能{ $available }
mdf-balance-pending = 承認待ちの申請額
mdf-balance-expired = 失効
mdf-balance-expires = 未使用の予算は{ $period }の終了時（{ $date }）に失効します。
mdf-balance-claims-due = { $count } 件の払い戻し申請の期限が 14 日以内に迫っています。
mdf-balance-file-them = 払い戻し申請を提出

## The request list
mdf-list-title = マーケティング開発資金
mdf-list-lead-partner = マーケティング施策の予算を申請し、実施証明を添えて払い戻しを受け、各金額の状況を確認できます。
mdf-list-lead-staff = 担当するパートナー企業のMDF申請と払い戻し申請です。
mdf-filter-label = ステータスで絞り込み
mdf-filter-open = 未完了
mdf-filter-submitted = 承認待ち
mdf-filter-approved = 払い戻し申請待ち
mdf-filter-claimed = 審査中の払い戻し申請
mdf-filter-reimbursed = 支払い済み
mdf-filter-all = すべて
mdf-list-empty-title = 該当なし
mdf-list-empty-partner = このステータスの申請はありません。次のイベント、ウェビナー、キャンペーンの予算を申請しましょう。
mdf-list-empty-staff = このステータスの申請はありません。

## The request form
mdf-new-page-title = MDFを申請
mdf-edit-page-title = 申請を修正
mdf-new-heading = マーケティング開発資金を申請
mdf-edit-heading = 申請を修正
mdf-new-lead = 貴社名とお名前は自動で入力されます。* の付いた項目は必須です。
mdf-edit-lead = 担当のチャネルマネージャーから指摘された箇所を修正してください。保存すると申請が再提出されます。
mdf-manager-asked = チャネルマネージャーからの依頼：
mdf-form-activity = 施策
mdf-form-kind = 施策の種類 *
mdf-form-title = タイトル *
mdf-form-title-hint = 例：「クラウドセキュリティ朝食会（東京）」
mdf-form-first-day = 開始日 *
mdf-form-last-day = 終了日 *
mdf-form-description = 実施内容
mdf-form-description-hint = 対象者、チャネル、取り上げるベンダー製品など。
mdf-form-money = 金額（{ $currency }）
mdf-form-total-cost = 総費用 *
mdf-form-requested = 申請額 *
mdf-form-contribution = 自社負担額
mdf-form-optional = 任意
mdf-form-expected = 見込み成果
mdf-form-leads = リード数
mdf-form-pipeline = パイプライン
mdf-form-pipeline-hint = 任意。同じ通貨で入力
mdf-form-sending = 送信中…
mdf-form-resubmit = 保存して再提出
mdf-form-submit = 申請を提出
mdf-form-cancel = キャンセル
mdf-form-next-title = 申請後の流れ
mdf-form-next-approve = 担当のチャネルマネージャーが申請を承認（全額または一部）すると、その金額が貴社のために確保されます。
mdf-form-next-claim = 施策の実施後、最終日から { $days } 日以内に実施証明（請求書、写真、リードリストなど）を添えて払い戻し申請を提出してください。
mdf-live-ok = ルールの範囲内です。この申請後も、残高のうち{ $left }を申請できます。
mdf-live-up-to = この施策では最大{ $max }まで申請できます。
mdf-live-rules = このプログラムで払い戻されるのは費用の { $percent } % までです。申請可能額は{ $available }です。

## A request
mdf-request-page-title = MDF申請
mdf-request-doc-title = { $title } · MDF #{ $id }
mdf-request-subtitle = { $activity } · { $start }～{ $end } · 申請者：{ $company }の{ $owner }
mdf-change-resubmit = 修正して再提出
mdf-notice-sent-in = { $duration }で申請を送信しました。担当のチャネルマネージャーに通知しました。
mdf-notice-sent = 申請を送信しました。担当のチャネルマネージャーに通知しました。
mdf-notice-claimed = 払い戻し申請を提出しました。ベンダーチームが審査します。
mdf-notice-uploaded = 払い戻し申請に { $count } 件のファイルを追加しました。
mdf-claim-due = 払い戻し申請の期限：{ $date }（残り { $days } 日）
mdf-claim-deadline-passed = 払い戻し申請の期限（{ $date }）を過ぎました。
mdf-vendor-note = ベンダーからのメモ：
mdf-claim-reason = 払い戻し申請について：
mdf-section-request = 申請内容
mdf-fact-total-cost = 総費用
mdf-fact-requested = 申請額
mdf-fact-contribution = パートナー負担額
mdf-fact-reimbursed-up-to = 払い戻し上限
mdf-fact-share = 費用の { $percent } %
mdf-fact-expected = 見込み成果
mdf-expected-leads = リード { $leads } 件
mdf-expected-leads-pipeline = リード { $leads } 件 · パイプライン{ $pipeline }
mdf-fact-funds = 予算期間
mdf-fact-submitted = 提出日時
mdf-fact-time-to-request = 申請所要時間
mdf-fact-approved = 承認額
mdf-fact-plan = 実施計画
mdf-section-claim = 払い戻し申請
mdf-fact-filed = 提出日時
mdf-fact-actual-cost = 実費
mdf-fact-claimed = 払い戻し申請額
mdf-fact-leads = リード数
mdf-fact-approved-for-payment = 支払い承認額
mdf-fact-paid = 支払い済み
mdf-paid-ref = { $date } · 参照番号：{ $reference }
mdf-section-deals = この施策から生まれた案件
mdf-section-history = 履歴
# Who acted, when the portal did (a job)
mdf-history-portal = ポータル
mdf-event-requested = 申請
mdf-event-proof-added = 実施証明を追加
mdf-event-proof-removed = 実施証明を削除
mdf-event-escalated = ベンダー管理者にエスカレーション
mdf-event-claim-filed = 払い戻し申請を提出
mdf-fund-mini-title = { $company }の予算
mdf-proof-title = 実施証明
mdf-proof-none = ファイルはまだありません。請求書、写真、参加者リストまたはリードリストを添付してください。
mdf-proof-remove = 削除
mdf-proof-remove-label = { $name }を削除
mdf-proof-add = ファイルを追加
mdf-proof-hint = PDF、PNG、JPEG、CSV、XLSX（各 10 MBまで、1 回のアップロードで 3 件まで）。
mdf-proof-upload = アップロード
# A file's size ($size: a number)
mdf-size-mb = { $size } MB
mdf-size-kb = { $size } KB
mdf-decision-title = 判断
mdf-decision-available = このパートナーの利用可能な予算：{ $amount }
mdf-decision-amount = 承認額
mdf-decision-amount-hint = 一部のみ承認する場合は金額を減らしてください（理由を下に入力）。
mdf-decision-reason = コメントまたは理由
mdf-decision-approve = 承認
mdf-decision-return = 差し戻し
mdf-decision-decline = 却下
mdf-claim-title = 払い戻し申請を提出
mdf-claim-terms = 承認額：{ $approved }。払い戻し：実費の { $percent } % まで。
mdf-claim-actual-cost = 実費 *
mdf-claim-leads = 獲得リード数
mdf-claim-deals = この施策から生まれた案件
mdf-claim-notes = メモ
mdf-claim-submit = 払い戻し申請を提出
mdf-claim-submit-again = 払い戻し申請を再提出
mdf-review-title = 払い戻し申請の審査
mdf-review-cap = 上限は{ $cap }です（承認済みの申請額、および実費の { $percent } %）。
mdf-review-amount = 支払額
mdf-review-approve = 払い戻し申請を承認
mdf-review-changes = 修正を依頼
mdf-review-reject = 却下
mdf-pay-title = 支払いを記録
mdf-pay-reference = 支払いの参照番号 *
mdf-pay-paid-on = 支払日
mdf-pay-submit = { $amount }を支払い済みにする
mdf-cancel-activity = 施策をキャンセル（予算は残高に戻ります）
mdf-cancel-request = この申請をキャンセル

## The vendor's queues
mdf-queue-title = MDFキュー
mdf-queue-lead = 承認待ちの申請、審査待ちの払い戻し申請、記録待ちの支払いです。古い順に表示しています。
mdf-queue-requests = 承認待ちの申請
mdf-queue-claims = 審査待ちの払い戻し申請
mdf-queue-payments = 支払い待ちの承認済み払い戻し申請
mdf-queue-requests-empty = 承認待ちの申請はありません。
mdf-queue-claims-empty = 審査待ちの払い戻し申請はありません。
mdf-queue-payments-empty = 支払い待ちのものはありません。

## Budgets and return on MDF
mdf-budgets-title = MDF予算
mdf-budgets-lead = 期間、地域、パートナーごとの割り当て済み、確保済み、払い戻し申請済み、支払い済み、利用可能な予算と、施策がもたらした成果です。
mdf-budgets-allocated = 予算を割り当てました。パートナー管理者に通知しました。
mdf-budgets-applied = アップロードから { $count } 件の割り当てを適用しました。
mdf-budgets-saved = MDFルールを保存しました。
mdf-budgets-period = 期間
mdf-budgets-empty-title = この期間の予算はありません
mdf-budgets-empty = { $period }にはまだ何も割り当てられていません。
mdf-budgets-by-region = 地域別 · { $period }
mdf-budgets-by-partner = パートナー別 · { $period }
mdf-budgets-by-region-label = 地域別の予算
mdf-budgets-by-partner-label = パートナー別の予算
mdf-budgets-expired = { $amount }が失効
mdf-roi-title = MDFの投資対効果
mdf-roi-empty = この期間に承認済みの払い戻し申請はまだありません。払い戻し申請が承認され、案件に紐付けられると、投資対効果が表示されます。
mdf-roi-lead = 承認済みの払い戻し申請と、パートナーがそれに紐付けた案件との比較です（同じ通貨のみ）。パイプライン：未完了の登録の見込み金額、受注：最終金額。
mdf-roi-by-activity = 施策別
mdf-roi-by-partner = パートナー別
mdf-roi-by-activity-label = 施策別のMDFの投資対効果
mdf-roi-by-partner-label = パートナー別のMDFの投資対効果
mdf-roi-activities = 施策数
mdf-roi-spent = MDF支出額
mdf-roi-leads = リード数
mdf-roi-deals = 案件数
mdf-roi-pipeline = パイプライン
mdf-roi-won = 受注
mdf-roi-pipeline-per = MDFあたりのパイプライン
mdf-roi-won-per = MDFあたりの受注額
# What linked deals brought per unit of MDF spent ($ratio: a number)
mdf-roi-ratio = { $ratio } 倍

## The budget console (vendor admins)
mdf-admin-allocate-title = 予算を割り当て
mdf-admin-company = パートナー企業
mdf-admin-period = 期間 *
mdf-admin-period-hint = 2026-Q4 または 2026
mdf-admin-amount = 金額 *
mdf-admin-amount-hint = 減額する場合はマイナスの値
mdf-admin-currency = 通貨
mdf-admin-note = メモ
mdf-admin-allocate = 割り当て
mdf-admin-upload-title = 割り当てをアップロード（CSV）
mdf-admin-upload-lead = 列：company（企業名またはID）、period（期間）、amount（金額）、currency（通貨）、note（メモ）。まずプレビューが表示され、すべての行が有効になるまで何も適用されません。
mdf-admin-csv-file = CSVファイル
mdf-admin-upload = アップロードしてプレビュー
mdf-admin-paste = …または行を貼り付け
mdf-admin-preview = プレビュー
mdf-admin-rules-title = MDFルール
mdf-admin-period-kind = 予算の割り当て単位
mdf-admin-quarter = 四半期
mdf-admin-year = 年
mdf-admin-claim-days = 払い戻し申請の期限（施策終了後の日数）
mdf-admin-max-percent = 最大払い戻し率（%）
mdf-admin-max-percent-hint = 100、または費用分担型の場合は 50 など
mdf-admin-sla-hours = 判断期限（時間）
mdf-admin-expire-funds = 未使用の予算を期間終了時に失効させる
mdf-admin-save-rules = ルールを保存
mdf-preview-title = プレビュー：{ $file }
mdf-preview-title-pasted = プレビュー：貼り付けた行
mdf-preview-applied = このアップロードは適用済みです。
mdf-preview-valid = { $count } 行すべてが有効です（合計：{ $total }）。
mdf-preview-apply = { $count } 件の割り当てを適用
mdf-preview-errors = { $count } 行のうち { $bad } 行にエラーがあります。何も適用されていません。ファイルを修正して、もう一度アップロードしてください。
mdf-preview-lines = アップロードの行
mdf-preview-col-line = 行
mdf-preview-col-company = 企業
mdf-preview-col-period = 期間
mdf-preview-col-amount = 金額
mdf-preview-col-problems = 問題
mdf-preview-ok = 問題なし
