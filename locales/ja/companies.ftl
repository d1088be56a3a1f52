# Partner companies, for vendor staff. (Types and statuses are in core.ftl.)

## List
company-list-title = パートナー企業
company-list-lead-admin = プログラムに参加しているすべてのパートナー企業です。
company-list-lead-manager = 担当するパートナー企業です。
company-add = 企業を追加
company-search-label = 企業を検索
company-search-placeholder = 企業名で検索
company-search-submit = 検索
company-empty-title = 企業はまだありません
company-empty-admin = 最初のパートナー企業を追加して、パートナーの招待を始めましょう。
company-empty-manager = 担当するパートナー企業はまだ割り当てられていません。
company-col-company = 企業
company-col-type = 種別
company-col-region = 地域
company-col-people = ユーザー数
company-col-status = ステータス

## Form
company-saved = 保存しました。
company-form-name = 企業名
company-form-type = パートナー種別
company-form-region = 地域
company-form-country = 国
company-form-status = ステータス
company-form-website = ウェブサイト
company-form-website-hint = 任意（例：example.co.jp）
company-form-save = 変更を保存
company-new-title = パートナー企業を追加

## One company
company-page-title = パートナー企業
# Under the company's name: its type, region, country and when it joined.
company-detail-meta = { $company_type } · { $region } · { $country } · { $date }から参加
company-people-title = ユーザー
company-people-empty-title = まだユーザーはいません
company-people-empty-text = まず、この企業の管理者を招待してください。
company-col-name = 氏名
company-col-role = ロール
company-col-last-sign-in = 最終サインイン
company-never = なし
company-managers-title = チャネルマネージャー
company-managers-none = チャネルマネージャーが割り当てられていません。
company-assign = 割り当て
company-unassign = 割り当てを解除
company-assigned = 割り当て済み
company-invite-title = ユーザーを招待
company-invite-sent = 招待を送信しました。
company-invite-name = 氏名
company-invite-email = 勤務先のメールアドレス
company-invite-role = ロール
company-invite-submit = 招待を送信
company-details-title = 企業情報

## Errors
company-error-type = パートナー種別を選択してください。
company-error-status = ステータスを選択してください。
company-error-name-taken = この名前の企業はすでに存在します。
