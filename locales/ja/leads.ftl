# Leads: the vendor's leads handed to partners (features/leads).

## Labels of stored values (string_enum!)
lead-status-queued = ベンダーのキューで待機中
lead-status-offered = オファー中
lead-status-accepted = 受諾済み
lead-status-contacted = コンタクト済み
lead-status-qualified = 見込みあり
lead-status-converted = 案件化済み
lead-status-disqualified = 不適格
lead-status-returned = 返却済み
lead-reject-not-our-region = 担当地域外
lead-reject-no-capacity = 現在キャパシティ不足
lead-reject-not-qualified = この製品の取り扱い資格なし
lead-reject-already-customer = すでに自社の顧客
lead-reject-other = その他の理由
lead-disq-no-budget = 予算なし
lead-disq-no-need = ニーズなし
lead-disq-unreachable = 担当者と連絡が取れない
lead-disq-competitor = 競合他社を選定
lead-disq-duplicate = 他のリードまたは案件と重複
lead-disq-other = その他の理由
lead-source-campaign = キャンペーン
lead-source-web-form = ウェブフォーム
lead-source-event = イベント
lead-source-referral = ベンダーからの紹介
lead-strategy-named = 指定したパートナー
lead-strategy-round-robin = ラウンドロビン
lead-strategy-weighted = ティアによる重み付け
lead-strategy-capacity = キャパシティに応じて
lead-size-unknown = 規模不明
lead-size-small = 10,000 未満
lead-size-medium = 10,000～50,000
lead-size-large = 50,000～250,000
lead-size-strategic = 250,000 超

## What a lead is called (in workflow messages: "This lead is …")
lead-noun = リード

## What happens next
lead-next-queued = ベンダーがパートナーにオファーするのを待っています。
lead-next-offered = オファーの期限までに受諾または辞退してください。
lead-next-accepted = 顧客に連絡してください。
lead-next-contacted = 見込みを評価してください。
lead-next-qualified = 案件を登録してください。
lead-next-converted = 案件として登録済みです。
lead-next-disqualified = 案件化せずにクローズしました。
lead-next-returned = 返却済みです。ベンダーが別のパートナーにオファーします。

## The list
lead-list-title = リード
lead-list-lead-partner = ベンダーから貴社にオファーされたリードです。受諾すると、顧客と担当者を確認できます。
lead-list-lead-staff = 担当範囲のリードと、どのパートナーにも割り当てられていないキューです。
lead-new-button = リードを追加
lead-rules-link = 配分ルール
lead-filter-label = 表示するリード
lead-filter-open = 未完了
lead-filter-queue = キュー
lead-filter-offered = オファー中
lead-filter-worked = 対応中
lead-filter-closed = クローズ
lead-filter-all = すべて
lead-col-lead = リード
lead-col-partner = パートナー
lead-col-status = ステータス
lead-col-source = ソース
lead-col-next = 次のステップ
lead-list-empty-title = リードはありません
lead-list-empty-partner = ベンダーからリードがオファーされると、ここに表示され、メールでお知らせします。
lead-list-empty-staff = リードを追加するか、フィルターを変更してください。
lead-offer-title = リード #{ $id }
lead-teaser = { $region } · { $product } · { $size }
lead-any-product = 製品指定なし
lead-unassigned = 未オファー
lead-held-short = 保留：別のパートナーがこの顧客を登録しています。
lead-clock-left = 回答期限まで残り{ $duration }
lead-clock-ran-out = { $duration }前にオファーの期限が切れました
lead-notice-rejected = リードを辞退しました。次のパートナーにオファーされます。
lead-notice-returned = リードをベンダーに返却しました。

## One lead
lead-page-title = リード
lead-doc-title = { $name } · リード #{ $id }
lead-notice-created = リードを保存し、ルールに従って配分しました。
lead-held = キューで保留中：{ $company }がこの顧客の有効な登録（案件 #{ $deal }）を保有しています。このリードが自動でオファーされることはありません。
lead-held-open-deal = 案件を開く
lead-converted-to = 案件として登録済み
lead-section-lead = リード情報
lead-section-contact = 顧客と担当者
lead-section-history = 履歴
lead-history-portal = パートナーポータル
lead-fact-region = 地域
lead-fact-country = 国
lead-fact-product = 関心のある製品
lead-fact-size = 見込み規模
lead-fact-source = ソース
lead-fact-received = 受信日時
lead-fact-partner = パートナー
lead-fact-owner = オーナー
lead-fact-rule = ルール
lead-fact-customer = 顧客
lead-fact-contact = 担当者
lead-fact-email = メールアドレス
lead-fact-phone = 電話番号
lead-fact-notes = ベンダーからのメモ
lead-contact-hidden = 顧客と担当者の詳細は、リードを受諾すると表示されます。

## Actions
lead-answer-title = 回答
lead-answer-text = 受諾すると顧客と担当者が表示され、このリードへの対応は貴社の担当になります。
lead-accept = リードを受諾
lead-reject-open = 辞退…
lead-reject-reason = 理由
lead-reject-note = メモ
lead-reject-note-hint = 「その他の理由」の場合は必須です。
lead-reject = リードを辞退
lead-work-title = リードへの対応
lead-convert = このリードから案件を登録
lead-convert-hint = リードの内容が入力された状態で登録フォームが開きます。
lead-mark-contacted = コンタクト済みにする
lead-mark-qualified = 見込みありにする
lead-colleague-title = オーナー
lead-colleague = 同僚
lead-colleague-submit = 引き継ぐ
lead-end-title = クローズまたは返却
lead-disqualify-reason = クローズの理由
lead-disqualify-note = メモ
lead-disqualify = 不適格にする
lead-give-back-open = リードを返却…
lead-give-back-note = 返却の理由
lead-give-back = ベンダーに返却
lead-assign-title = パートナーにオファー
lead-assign-company = パートナー
lead-assign-by-rules = 配分ルールに従う
lead-assign-submit = リードをオファー
lead-close-title = リードをクローズ
lead-close-note = 対応するパートナーがいない理由
lead-close-submit = リードをクローズ

## The new-lead form
lead-new-title = リードを追加
lead-new-lead = 保存するとすぐに、配分ルールに従ってパートナーにオファーされます。
lead-form-customer = 顧客
lead-form-contact = 担当者
lead-form-interest = 関心
lead-field-customer = 会社名 *
lead-field-domain = ウェブサイトのドメイン
lead-field-domain-hint = 同じ顧客の登録を探すために使用します。
lead-field-country = 国 *
lead-field-region = 地域 *
lead-field-contact-name = 担当者名 *
lead-field-contact-title = 役職
lead-field-contact-email = メールアドレス *
lead-field-contact-phone = 電話番号
lead-field-product = 関心のある製品
lead-field-value = 見込み金額
lead-field-value-hint = 任意。パートナーには、受諾するまで規模帯のみが表示されます。
lead-field-currency = 通貨
lead-field-source = ソース
lead-field-notes = パートナーへのメモ
lead-field-notes-hint = パートナーが受諾した後に表示されます。
lead-new-submit = 保存して配分
lead-cancel = キャンセル
lead-choose = 選択…

## Distribution rules
lead-rules-title = リード配分ルール
lead-rules-lead = ルールは上から順に試されます。リードに一致し、パートナーが見つかった最初のルールがオファーします。どのルールでも配分されないリードは、キューで待機します。
lead-rules-saved = 保存しました。
lead-rules-empty-title = ルールはまだありません
lead-rules-empty = ルールがない場合、すべてのリードはキューでチャネルマネージャーの対応を待ちます。
lead-rule-col-name = ルール
lead-rule-col-when = 対象のリード
lead-rule-col-how = オファー先
lead-rule-col-hours = 回答期限（時間）
lead-rule-col-actions = 操作
lead-rule-any = すべてのリード
lead-rule-off = 無効
lead-rule-up = { $name }を上へ移動
lead-rule-down = { $name }を下へ移動
lead-rule-switch-off = 無効にする
lead-rule-switch-on = 有効にする
lead-rule-to-company = { $company }へ
lead-rule-add-title = ルールを追加
lead-rule-name = 名前 *
lead-rule-region = 地域
lead-rule-country = 国
lead-rule-product = 製品
lead-rule-tier = パートナーのティア
lead-rule-type = パートナーの種別
lead-rule-strategy = オファー方法
lead-rule-company = 指定パートナー
lead-rule-hours = 回答期限（時間）
lead-rule-any-region = すべての地域
lead-rule-any-country = すべての国
lead-rule-any-tier = すべてのティア
lead-rule-any-type = すべての種別
lead-rule-no-company = なし
lead-rule-help = ラウンドロビン：リードの地域のパートナーに順番にオファーします。ティアによる重み付け：上位のティアほど多くオファーします。キャパシティに応じて：未完了リードの上限までの余裕が最も大きいパートナーを選びます。
lead-rule-add = ルールを追加
lead-capacity-title = 未完了リードの上限
lead-capacity-help = 保有するリード（オファー中または対応中）がこの数に達したパートナーには、それ以上オファーされません。個別の上限がない場合は { $default } です。
lead-capacity-company = パートナー
lead-capacity-max = 未完了リードの上限数
lead-capacity-save = 上限を保存

## History lines
lead-event-created = リードを追加（{ $source }）
lead-event-offered = { $company }にオファー
lead-event-offered-rule = ルール「{ $rule }」により{ $company }にオファー
lead-event-held = 保留：{ $company }がこの顧客の有効な登録（案件 #{ $deal }）を保有
lead-event-unmatched = パートナーが見つかるルールがなく、キューで待機
lead-event-accepted = 受諾
lead-event-converted = 案件 #{ $deal } として登録しました
lead-event-rejected = 辞退：{ $reason }
lead-event-timed-out = 回答がないままオファーの期限切れ
lead-event-status = { $status }
lead-event-disqualified = 不適格：{ $reason }
lead-event-returned = ベンダーに返却
lead-event-assigned = { $name }に引き継ぎ
lead-event-withdrawn = ベンダーが取り下げ
lead-event-closed = ベンダーがクローズ
lead-event-changed = 変更

## Notifications and e-mails (never with the customer's details)
lead-notify-offered-title = 新しいリードのオファー：{ $region }の{ $product }
lead-notify-offered-body = { $due }までに受諾または辞退してください。顧客と担当者は受諾後に表示されます。
lead-notify-reminder-title = 回答待ちのリード：{ $region }の{ $product }
lead-notify-reminder-body = オファーの期限は{ $due }です。期限を過ぎると、リードは別のパートナーにオファーされます。
lead-notify-lapsed-title = リードのオファー期限切れ：{ $region }の{ $product }
lead-notify-lapsed-body = 期限内に回答がなかったため、リードは別のパートナーにオファーされました。
lead-notify-withdrawn-title = リードの取り下げ：{ $region }の{ $product }
lead-notify-withdrawn-body = ベンダーがこのリードを別のパートナーにオファーしました。
lead-notify-returned-title = { $company }がリードを返却しました
lead-notify-returned-body = メモ：{ $note }
lead-notify-assigned-title = { $name }からリードを引き継ぎました
lead-notify-assigned-body = このリードの担当になりました。

## Errors
lead-error-domain = example.com のような形式でドメインを入力してください。
lead-error-phone = 数字、スペース、+ - ( ) のみを使用してください（40 文字以内）。
lead-error-title = { $max } 文字以内で入力してください。
lead-error-product = 一覧から製品を選択してください。
lead-error-currency = 一覧から通貨を選択してください。
lead-error-source = リードのソースを選択してください。
lead-error-notes = { $max } 文字以内で入力してください。
lead-error-offer-ran-out = このオファーは{ $due }に期限切れとなりました。リードは別のパートナーにオファーされます。
lead-error-reject-reason = 理由を選択してください。
lead-error-disqualify-reason = クローズの理由を選択してください。
lead-error-note-long = { $max } 文字以内で入力してください。
lead-error-note-needed = 短いメモを入力してください。
lead-error-status = リードはそのステップに進めません。
lead-error-status-filter = 不明なフィルターです。
lead-error-not-worked = 同僚に引き継げるのは、貴社が対応中のリードのみです。
lead-error-colleague = 貴社の有効なユーザーから同僚を選択してください。
lead-error-company = 担当している有効なパートナーを選択してください。
lead-error-answer = 受諾または辞退を選択してください。
lead-error-step = 不明なステップです。
lead-error-capacity = 0～100,000 の整数で入力してください。
lead-rule-error-tier = ティアを選択してください。
lead-rule-error-type = パートナーの種別を選択してください。
lead-rule-error-strategy = リードのオファー方法を選択してください。
lead-rule-error-company-needed = このルールのオファー先のパートナーを選択してください。
lead-rule-error-hours = 1～{ $max } 時間の範囲で入力してください。
lead-rule-error-op = 不明な変更です。

## The first screen
lead-home-title = リード
lead-home-waiting = { $count ->
   *[other] 回答待ちのリード { $count } 件
}
lead-home-next = 次のオファーの期限まで残り{ $duration }です。
lead-home-working = { $count ->
   *[other] 対応中のリード { $count } 件
}
lead-home-none = 回答待ちのリードはありません。
lead-home-open = 未完了のリード
lead-home-staff-queue = キュー内のリード
lead-home-staff-offered = 回答待ちのリードオファー
lead-home-staff-worked = 対応中のリード
lead-home-staff-converted = 今年案件化したリード

## CSV import
lead-import-link = CSVをインポート
lead-import-title = リードをインポート
lead-import-lead = 1 ファイルあたり最大 { $max } 件のリードを取り込めます。まずすべての行を確認し、そのうえで全件を作成してルールに従って配分します。一部だけが作成されることはありません。
lead-import-file-title = ファイル
lead-import-file = CSVファイル
lead-import-paste = または行を貼り付け
lead-import-columns = 1 行目：company（会社名）、contact_name（担当者名）、contact_email（メールアドレス）、country（国）、region（地域）。任意：domain（ドメイン）、contact_phone（電話番号）、contact_title（役職）、product（製品）、value（見込み金額）、currency（通貨）、source（ソース）、notes（メモ）。
lead-import-preview = 行を確認
lead-import-example-title = 例
lead-import-preview-pasted = 貼り付けた行
lead-import-preview-file = { $file }
lead-import-done = これらのリードを作成しました。
lead-import-valid = { $count ->
   *[other] リード { $count } 件すべての準備ができました。
}
lead-import-apply = { $count ->
   *[other] { $count } 件のリードを作成して配分
}
lead-import-errors = { $count } 行のうち { $bad } 行に問題があります。ファイルを修正して、もう一度確認してください。何も作成されていません。
lead-import-applied = リードを作成しました。パートナーにオファー：{ $offered } 件、キューで待機：{ $queued } 件。
lead-import-lines = ファイルの行
lead-import-col-line = 行
lead-import-col-company = 会社名
lead-import-col-region = 地域
lead-import-col-contact = 担当者
lead-import-col-problems = 問題
lead-import-ok = 問題なし
lead-sheet-rows = リード
lead-csv-product = SKUまたは名前が「{ $product }」の製品はありません。
lead-csv-has-errors = 一部の行に問題があるため、何も作成されていません。
lead-upload-multipart = ファイルはフォームからアップロードしてください。
lead-upload-utf8 = ファイルをUTF-8のテキスト（CSV）として保存し、もう一度アップロードしてください。
lead-upload-choose = CSVファイルを選択してください。

## The staff's lead figures

lead-figures-link = 指標
lead-figures-title = リードの指標
lead-figures-subtitle = { $from }～{ $to } · 売上の通貨：{ $currency }
lead-figures-back = すべてのリード
lead-figures-dashboard = ダッシュボード
lead-figures-filters = リードの指標のフィルター
lead-figures-period = 期間
lead-figures-days = { $days ->
        [365] 過去 12 か月
       *[other] 過去 { $days } 日間
    }
lead-figures-currency = 通貨
lead-figures-apply = 表示
lead-figures-stat-offers = オファー数
lead-figures-stat-offers-sub = 回答：{ $answered } 件 · 辞退：{ $rejected } 件 · 期限切れ：{ $timed_out } 件
lead-figures-stat-acceptance = 受諾率
lead-figures-stat-acceptance-sub = 回答 { $answered } 件のうち { $accepted } 件を受諾
lead-figures-stat-time = 受諾までの時間の中央値
lead-figures-stat-time-sub = 90パーセンタイル：{ $p90 }
lead-figures-stat-conversion = 案件化率
lead-figures-stat-conversion-sub = 案件として登録：{ $converted } 件 · 受注売上：{ $won }
lead-figures-how = オファー、回答、受諾までの時間は、期間内に起きたことを集計しています。案件化と売上は、期間内に受諾されたリードを対象に、登録や受注の時期にかかわらず集計しています。売上は、選択した通貨で受注した案件の金額です。
lead-figures-sample = 受諾までの時間は、期間内の最新の受諾 { $count } 件から算出しています。
lead-figures-by-partner = パートナー別
lead-figures-by-region = 地域別
lead-figures-by-source = ソース別
lead-figures-more = { $count ->
       *[other] ほかに { $count } 社のパートナーがCSVに含まれています。
    }
lead-figures-csv = CSVをエクスポート
lead-figures-none = この期間のオファーはありません。
lead-figures-col-partner = パートナー
lead-figures-col-region = 地域
lead-figures-col-source = ソース
lead-figures-col-offered = オファー数
lead-figures-col-accepted = 受諾
lead-figures-col-rejected = 辞退
lead-figures-col-timed-out = 期限切れ
lead-figures-col-time-to-accept = 受諾までの時間
lead-figures-col-converted = 案件登録
lead-figures-col-won-in = 受注売上（{ $currency }）
lead-figures-col-won-deals = 受注案件数
lead-figures-won-deals = { $count ->
       *[other] 案件 { $count } 件
    }
lead-figures-csv-acceptance = 受諾率（%）
lead-figures-csv-conversion = 案件化率（%）
lead-figures-all = 合計
lead-figures-export-which = エクスポートする内訳を選択してください：{ $breakdowns }。
