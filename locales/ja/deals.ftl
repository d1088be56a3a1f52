
## Labels of stored values (string_enum!)
deal-status-draft = 差し戻し
deal-status-submitted = 承認待ち
deal-status-approved = 承認済み
deal-status-rejected = 却下
deal-status-won = 受注
deal-status-lost = 失注
deal-status-expired = 期限切れ
deal-status-withdrawn = 取り下げ
deal-type-new = 新規
deal-type-upsell = アップセル
deal-type-renewal = 更新
stage-qualify = 見込み評価
stage-discovery = ヒアリング
stage-proposal = 提案
stage-negotiation = 交渉
stage-commit = 受注見込み
rule-action-auto-approve = 自動で承認
rule-action-route-manager = パートナー企業の担当チャネルマネージャーに送信
rule-action-route-admin = ベンダー管理者に送信
conflict-condition-any = 競合の有無を問わない
conflict-condition-none = 競合がない場合のみ
conflict-condition-conflict = 競合がある場合のみ

## Statuses inside a sentence ("This deal is { $status }")
deal-state-draft = 差し戻し中
deal-state-submitted = 承認待ち
deal-state-approved = 承認済み
deal-state-rejected = 却下済み
deal-state-won = 受注済み
deal-state-lost = 失注済み
deal-state-expired = 期限切れ
deal-state-withdrawn = 取り下げ済み

## What people call a registration (status changes: workflow-not-allowed, workflow-stale)
deal-noun = 案件

## Why two registrations look like one customer
deal-match-same-domain = 同じドメイン
deal-match-similar-name = 類似した会社名

## Who did something
deal-actor-system = { app-name }
deal-actor-vendor-team = ベンダーチーム

## Shared labels
deal-label-customer = 顧客
deal-label-partner = パートナー
deal-label-status = ステータス
deal-label-stage = ステージ
deal-label-value = 金額
deal-label-products = 製品
deal-label-submitted = 登録日時
deal-label-expected-close = 受注予定日
deal-label-deal-type = 案件種別
deal-label-contact = 担当者
deal-label-country = 国
deal-label-registration-time = 登録所要時間
deal-form-from-lead = リード #{ $id } から入力済みです。内容を確認してから登録してください。
deal-label-source = ソース
deal-from-lead = ベンダーのリード #{ $id }
deal-error-lead-gone = このリードからは案件を登録できなくなりました（案件化済み、クローズ済み、または別のパートナーにオファー済みです）。
deal-label-won-value = 受注金額
deal-label-lost-because = 失注理由
deal-label-decided-by = 判断者
deal-label-notes = メモ
deal-conflict-badge = 競合
deal-exclusive-until = { $date }まで独占
deal-open = 案件 #{ $id }を開く

## The deal list
deal-list-title = 案件
deal-list-title-staff = 案件
deal-list-title-partner = 自社の案件
deal-list-lead-staff = 担当範囲のパートナー企業による案件登録です。
deal-list-lead-partner = 貴社の案件登録です。
deal-list-register = 案件を登録
deal-list-search = 顧客名
deal-list-any-status = すべてのステータス
deal-list-any-stage = すべてのステージ
deal-list-expiring = 30 日以内に期限切れ
deal-list-filter = 絞り込み
deal-list-empty = 案件はありません
deal-list-empty-staff = 条件に一致する案件はありません。
deal-list-empty-partner = 最初の案件を登録しましょう。所要時間は 1 分ほどです。
deal-list-close = 受注予定日
deal-list-updated = 更新日時

## The registration form
deal-new-title = 案件を登録
deal-new-lead = 貴社名とお名前は自動で入力されます。* の付いた項目は必須です。
deal-edit-title = 登録内容の編集
deal-edit-lead = ベンダーチームから指摘された箇所を修正してください。差し戻された登録は、保存すると再提出されます。
deal-form-customer = 顧客
deal-form-customer-name = 顧客企業名 *
deal-form-customer-domain = 顧客のウェブサイト *
deal-form-customer-domain-hint = acme.co.jp のように入力します。顧客の識別に使用されます。
deal-form-contact-name = 担当者名 *
deal-form-contact-email = 担当者のメールアドレス *
deal-form-contact-phone = 担当者の電話番号
deal-form-country = 顧客の国
deal-form-products = 製品 *
deal-form-deal = 案件
deal-form-value = 見込み金額 *
deal-form-value-hint = 値引き前の金額（例：25000）
deal-form-currency = 通貨
deal-form-close-date = 受注予定日 *
deal-form-notes-hint = 承認者に伝えておきたいこと（競合他社、スケジュール、顧客のプロジェクトなど）。
deal-form-submit = 案件を登録
deal-form-resubmit = 保存して再提出
deal-form-save = 変更を保存
deal-form-saving = 保存中…
deal-form-cancel = キャンセル
deal-check-title = 競合チェック
deal-check-idle = 顧客名とウェブサイトを入力すると、既存の登録がないか確認します。
deal-check-clear = この顧客に有効な登録は見つかりませんでした。
deal-hint-own = この顧客は貴社がすでに登録しています（{ $reason }）。
deal-hint-possible = 競合の可能性：
deal-hint-other = 別のパートナーがこの顧客の有効な登録を保有しています（{ $reason }）。このまま登録することもでき、ベンダーチームが両方を審査します。
deal-next-title = 登録後の流れ
deal-next-median = 担当のチャネルマネージャーが承認を判断します。今四半期の判断までの所要時間の中央値は{ $duration }です。結果はポータルとメールでお知らせします。
deal-next-default = 担当のチャネルマネージャーが、プログラムで定められた承認期限内に判断します。結果はポータルとメールでお知らせします。
deal-next-exclusive = 承認された登録は、プログラムで定められた保護期間中、貴社の独占となります。

## One deal
deal-page-title = 案件
deal-view-title = { $customer } · 案件 #{ $id }
deal-crumb-deals = 案件
deal-view-byline = { $domain } · 登録者：{ $company }の{ $owner }
deal-notice-registered-approved = 登録され、承認されました。
deal-notice-registered-in = { $duration }で登録しました。ベンダーチームに通知しました。
deal-notice-registered = 登録しました。ベンダーチームに通知しました。
deal-notice-saved = 変更を保存しました。
deal-edit = 編集
deal-edit-resubmit = 編集して再提出
deal-second-partner = セカンドパートナー
deal-exclusive-until-left = { $date }まで独占（{ $days ->
   *[other] 残り { $days } 日
}）
deal-conflict-alert = 別のパートナーがこの顧客の有効な登録を保有しています（{ $reasons }）。ベンダーチームが両方を審査します。
deal-vendor-note = ベンダーからのメモ：
deal-registration = 登録内容
deal-history = 履歴
deal-nothing-to-do = この登録は{ $status }のため、ここで行う操作はありません。

## History
deal-event-submitted = 登録
deal-event-progress = ステージを更新
deal-event-edited = 編集
deal-event-resubmitted = 再提出
deal-event-reminder = リマインダーを送信
deal-event-escalated = ベンダー管理者にエスカレーション
deal-event-extension-requested = 延長を申請
deal-event-extension-granted = 延長を承認
deal-event-extension-refused = 延長を却下
deal-event-info-requested = 追加情報を依頼
deal-field-customer-name = 顧客名
deal-field-customer-domain = 顧客のドメイン
deal-field-contact-name = 担当者名
deal-field-contact-email = 担当者のメールアドレス
deal-field-contact-phone = 担当者の電話番号
deal-field-country = 国
deal-field-value = 金額
deal-field-close-date = 受注予定日
deal-field-deal-type = 案件種別
deal-field-notes = メモ
deal-field-products = 製品
deal-field-exclusive-until = 独占期間の終了日
deal-field-final-value = 最終金額
deal-field-stage = ステージ
deal-field-probability = 確度
deal-note-registered-in = { $duration }で登録しました。
deal-note-auto-approved = 承認ルールにより自動で承認されました。
deal-note-approved = 承認されました。{ $date }まで独占です。
deal-note-approved-reason = 承認されました。{ $date }まで独占です。{ $reason }
deal-note-resubmitted = 修正して再提出されました。
deal-note-expired = 独占期間が終了しました。
deal-note-escalated = 承認期限を過ぎたため、ベンダー管理者にエスカレーションされました。

## Conflicting registrations, side by side (vendor staff)
deal-compare-title = 競合する登録
deal-compare-this = この案件 #{ $id }
deal-compare-other = 案件 #{ $id }
deal-compare-match = 一致
deal-compare-resolve = 一方を承認してもう一方を却下するか、「セカンドパートナーとして承認」で両方を承認してください（ディストリビューターを介した二層流通の場合）。

## Actions on a deal
deal-decision = 判断
deal-decision-reason = 理由またはパートナーへのメモ
deal-decision-approve = 承認
deal-decision-info = 情報を依頼
deal-decision-reject = 却下
deal-decision-approve-second = セカンドパートナーとして承認
deal-pipeline = パイプライン
deal-probability-field = 確度（%）
deal-update-stage = ステージを更新
deal-close-title = 案件をクローズ
deal-final-value = 最終金額
deal-mark-won = 受注として記録
deal-lost-reason = 失注の理由
deal-mark-lost = 失注として記録
deal-extension-requested-note = 延長の申請：{ $reason }
deal-extension-granted-note = 延長が承認されました。
deal-extension-refused-note = 延長が却下されました。
deal-extension-request = 延長申請
deal-extension-note = パートナーへのメモ
deal-extension-grant = 延長を承認
deal-extension-refuse = 却下
deal-extension-ask-title = 期間が足りませんか？
deal-extension-ask-text = この登録の独占期間の延長を 1 回だけ申請できます。
deal-extension-reason = 延長が必要な理由
deal-extension-submit = 延長を申請
deal-withdraw = この登録を取り下げ

## The approval queue
deal-queue-title = 承認
deal-queue-lead = 担当範囲の承認待ちの登録です。緊急度の高い順に表示しています。
deal-queue-empty = 承認待ちはありません
deal-queue-empty-text = 担当範囲のすべての登録について判断が完了しています。
deal-queue-waiting = 待機時間
deal-queue-sla = 期限
deal-queue-extension = 延長申請
deal-queue-escalated = エスカレーション済み

## Analytics
deal-analytics-title = 案件分析
deal-analytics-lead = 担当範囲のパートナーについて、90 秒の目標に対する登録所要時間、承認所要時間、競合を表示します。
deal-analytics-period = 期間
deal-analytics-days = { $days } 日間
deal-analytics-months = { $months } か月
deal-analytics-summary = 過去 { $days } 日間：{ $registrations ->
   *[other] 登録 { $registrations } 件
}（所要時間を計測済み { $timed } 件、担当者による判断 { $decisions } 件）。
deal-analytics-registration-median = 登録所要時間の中央値
deal-analytics-p90 = 90パーセンタイル：{ $duration }
deal-analytics-target = 目標 90 秒
deal-analytics-under-90 = 90 秒未満で登録
deal-analytics-approval-median = 承認所要時間の中央値
deal-analytics-conflict-rate = 競合率
deal-analytics-conflicts = { $count ->
   *[other] 競合中の登録 { $count } 件
}
deal-analytics-by-partner = パートナー別の登録所要時間
deal-analytics-empty = まだ登録はありません
deal-analytics-empty-text = この期間に登録があると、数値が表示されます。
deal-analytics-registrations = 登録数
deal-analytics-median = 中央値
deal-analytics-p90-column = 90パーセンタイル
deal-analytics-against = 90 秒との比較
deal-analytics-within = 目標内
deal-analytics-slower = 目標超過
deal-analytics-not-timed = 計測なし

## The deal program (vendor admins)
deal-admin-title = 案件登録プログラム
deal-admin-lead = 独占期間、承認期限、承認ルール、パートナーが登録できる製品を設定します。
deal-admin-any-company = すべての企業
deal-admin-any-product = すべての製品
deal-admin-any-region = すべての地域
deal-admin-rules = 承認ルール
deal-admin-rules-intro = 条件に一致した最初のルール（順序に従う）が適用されます。一致するルールがない場合は、その企業の担当チャネルマネージャーが判断し、担当者が割り当てられていない場合はいずれかのベンダー管理者が判断します。競合している登録が自動で承認されることはありません。
deal-admin-rules-empty = ルールはまだありません
deal-admin-rules-empty-text = すべての登録は、その企業の担当チャネルマネージャーに送られます。
deal-admin-order = 順序
deal-admin-order-hint = 小さい値から先に適用されます。
deal-admin-rule = ルール
deal-admin-when = 条件
deal-admin-then = 処理
deal-admin-actions = 操作
deal-rule-when-min = 金額 ≥ { $value }
deal-rule-when-max = 金額 < { $value }
deal-rule-when-any = 競合の有無を問わない
deal-rule-when-none = 競合がない場合のみ
deal-rule-when-conflict = 競合がある場合のみ
deal-admin-paused = 一時停止中
deal-admin-delete = 削除
deal-admin-delete-rule = ルール「{ $name }」を削除
deal-admin-add-rule-title = ルールを追加
deal-admin-rule-name = 名前
deal-admin-company = 企業
deal-admin-region = 地域
deal-admin-product = 製品
deal-admin-value-from = 金額（以上）
deal-admin-value-below = 金額（未満）
deal-admin-conflict = 競合
deal-admin-active = 有効
deal-admin-add-rule = ルールを追加
deal-admin-settings = プログラム設定
deal-admin-settings-saved = 設定を保存しました。
deal-admin-exclusivity = 独占期間（日）
deal-admin-exclusivity-hint = 承認時に付与されます。一般的には 30～120 日です。
deal-admin-sla = 承認期限（時間）
deal-admin-sla-hint = 期限を過ぎるとベンダー管理者にエスカレーションされます。
deal-admin-extension = 延長期間（日）
deal-admin-reminders = リマインダー（期限切れの何日前か）
deal-admin-reminders-hint = 例：14, 3
deal-admin-save-settings = 設定を保存
deal-admin-product-registrations = { $sku } · { $count ->
   *[other] 登録 { $count } 件
}
deal-admin-retire = 提供終了
deal-admin-retire-named = { $name }の提供を終了
deal-admin-offer-again = 提供を再開
deal-admin-offer-again-named = { $name }の提供を再開
deal-admin-sku = SKU
deal-admin-product-name = 製品名
deal-admin-add-product = 製品を追加

## Errors and field rules
deal-error-not-editable = この案件は{ $status }です。編集できるのは、承認待ちまたは差し戻し中の登録のみです。
deal-error-stage-closed = この案件は{ $status }のため、ステージを変更できません。
deal-error-probability-whole = 確度は 0～100 の整数（%）で入力してください。
deal-error-probability = 確度は 0～100 のパーセンテージで入力してください。
deal-error-stage = 一覧からステージを選択してください。
deal-error-outcome = 受注または失注を選択してください。
deal-error-decision = 不明な判断です。
deal-error-duplicate = この顧客は貴社がすでに登録しています（案件 #{ $id }）。
deal-error-duplicate-field = 貴社の案件 #{ $id }と一致しています（{ $reason }）。
deal-error-rival-approved = この顧客については、別のパートナーの案件 #{ $id }がすでに承認されています。この登録を却下するか、セカンドパートナーとして承認してください。
deal-error-reason-long = 理由は 1,000 文字未満で入力してください。
deal-error-reject-reason = 却下の理由を入力してください。パートナーにも表示されます。
deal-error-info-reason = 不足している情報を入力してください。パートナーにも表示されます。
deal-error-lost-reason = 失注の理由を簡潔に入力してください（500 文字以内）。
deal-error-extension-reason = 延長が必要な理由を一文で入力してください（1,000 文字以内）。
deal-error-extension-once = 延長の申請は、承認済みの登録の独占期間中に 1 回だけ行えます。
deal-error-extension-refuse-reason = 延長を却下する理由を入力してください。パートナーにも表示されます。
deal-error-extension-none = この案件には未処理の延長申請はありません。
deal-error-domain-empty = 顧客のウェブサイトを acme.co.jp のような形式で入力してください。
deal-error-domain-shape = acme.co.jp のような形式でウェブサイトを入力してください。
deal-error-phone = 電話番号には数字、スペース、+ - ( ) のみを使用してください。
deal-error-currency = 一覧から通貨を選択してください。
deal-error-close-empty = 受注予定日を入力してください。
deal-error-close-shape = 2027-03-31 のような形式で日付を入力してください。
deal-error-close-past = 受注予定日に過去の日付は指定できません。
deal-error-close-far = 登録できるのは、3 年以内に受注予定の案件です。
deal-error-type = 新規、アップセル、更新のいずれかを選択してください。
deal-error-notes-long = メモは { $max } 文字以内です。短くしてください。
deal-error-products-none = 製品を 1 つ以上選択してください。
deal-error-products-many = 選択できる製品は { $max } 個までです。
deal-error-products-unknown = 一覧から製品を選択してください。
deal-error-exclusivity-range = 独占期間は { $min }～{ $max } の整数で入力してください。
deal-error-sla-range = 承認期限は { $min }～{ $max } の整数で入力してください。
deal-error-extension-range = 延長期間は { $min }～{ $max } の整数で入力してください。
deal-error-order-range = 順序は { $min }～{ $max } の整数で入力してください。
deal-error-reminder-days = 期限切れの何日前かを 14, 3 のようにカンマ区切りで入力してください（それぞれ 1～120）。
deal-error-choose-from-list = 一覧から選択してください。
deal-error-rule-bounds = 上限は下限より大きい値にしてください。
deal-error-rule-conflict = 競合の条件を選択してください。
deal-error-rule-action = ルールの処理を選択してください。
deal-error-rule-auto-conflict = 競合している登録は自動で承認できません。送信先の担当者を選択してください。
deal-error-visibility = 2 つのオプションのいずれかを選択してください。

## Notifications and their e-mails
deal-notify-new-title = 新しい登録：{ $customer }（{ $value }）
deal-notify-new-body = ご判断をお待ちしています。
deal-notify-new-body-conflict = 別の登録と競合しています。判断の前に両方を比較してください。
deal-notify-approved-title = 承認済み：{ $customer }
deal-notify-approved-body = 登録が承認されました。{ $date }まで貴社の独占となります。
deal-notify-registered-title = 登録完了：{ $customer }
deal-notify-registered-body = { $hours ->
   *[other] 登録は承認待ちです。{ $hours } 時間以内に判断される予定です。
}
deal-notify-status-title = { $status }：{ $customer }
deal-notify-status-body = 登録のステータスが{ $status }になりました。
# A person's own words (a reason, a note), as they wrote them.
deal-notify-said = { $text }
deal-notify-resubmitted-title = 再提出：{ $customer }
deal-notify-resubmitted-body = パートナーが質問に回答しました。登録はご判断をお待ちしています。
deal-notify-extension-requested-title = 延長の申請：{ $customer }
deal-notify-extension-granted-title = 延長を承認：{ $customer }（{ $date }まで独占）
deal-notify-extension-refused-title = 延長を却下：{ $customer }
deal-notify-reminder-title = { $days ->
   *[other] 独占期間の終了まで残り { $days } 日：{ $customer }
}
deal-notify-reminder-body = この登録の独占期間は{ $date }までです。案件をクローズするか、ステージを更新するか、延長を申請してください。
deal-notify-overdue-title = 承認期限超過：{ $subject }
deal-notify-overdue-body = 承認期限を過ぎましたが、まだ判断されていません。判断するか、担当者を変更してください。
