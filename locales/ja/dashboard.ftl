# The vendor dashboard: filters, figures, charts and their CSV exports.
# Glossary of domain terms: locales/GLOSSARY.md.

## Page
dash-title = チャネルダッシュボード
dash-subtitle = { $count ->
       *[other] パートナー企業 { $count } 社
    } · { $from }～{ $to } · 金額の通貨：{ $currency } · { $as_of }時点
dash-refresh = 数値を更新
dash-refresh-hint = 数値は計算後 1 分間保持されます。この操作で今すぐ再計算します。
dash-registration-time-link = パートナー別の登録所要時間
dash-export-csv = CSVをエクスポート

## Periods
dash-period-quarter = 今四半期
dash-period-last-quarter = 前四半期
dash-period-ytd = 年初来
dash-period-12m = 過去 12 か月
dash-period-custom = 期間を指定

## Filters
dash-filters = フィルター
dash-filter-period = 期間
dash-filter-from = 開始日
dash-filter-to = 終了日
dash-filter-region = 地域
dash-filter-all-regions = すべての地域
dash-filter-tier = ティア
dash-filter-all-tiers = すべてのティア
dash-filter-manager = チャネルマネージャー
dash-filter-all-managers = すべてのマネージャー
dash-filter-currency = 通貨
dash-filter-apply = フィルターを適用
dash-filter-reset = リセット
dash-filter-error = { $error }代わりに今四半期のデータを表示しています。
dash-filter-hint = 日付は、期間が「{ dash-period-custom }」の場合に適用されます。
dash-error-first-day = 開始日を YYYY-MM-DD の形式で入力してください。
dash-error-last-day = 終了日を YYYY-MM-DD の形式で入力してください。
dash-error-range-reversed = 終了日が開始日より前になっています。
dash-error-range-long = 期間は最長 3 年以内で指定してください。

## Headline figures
dash-stat-won-revenue = 受注売上
dash-change-vs-previous = { $days ->
       *[other] 直前の { $days } 日間と比べて{ $change }
    }
dash-change-none = 前の期間の受注はありません
dash-stat-submitted = 提出された登録
dash-stat-rates = 承認率：{ $approved } · 受注率：{ $won }
dash-stat-registration-median = 登録所要時間の中央値
dash-stat-p90 = 90パーセンタイル：{ $duration }
dash-stat-target = 目標：{ $duration }
dash-stat-approval-median = 承認所要時間の中央値
dash-stat-approval-sub = 90パーセンタイル：{ $p90 } · 承認期限内：{ $share }

## Revenue
dash-revenue-title = チャネル売上の推移
dash-revenue-lead = { $currency }建ての受注案件を受注日ごとに集計しています（{ $companies ->
       *[other] パートナー企業 { $companies } 社
    }の{ $deals ->
       *[other] 案件 { $deals } 件
    }）。
dash-revenue-empty-title = この期間の受注案件はありません
dash-revenue-empty-text = 期間を長くするか、フィルターを減らしてください。
dash-revenue-chart = { $bucket ->
        [week] 週ごとの受注売上（{ $currency }）
       *[month] 月ごとの受注売上（{ $currency }）
    }
dash-revenue-none = この期間の受注売上はありません。
dash-revenue-other-partners = その他のパートナー（{ $count } 社）
dash-revenue-no-tier = ティアなし
dash-partners-title = パートナー別の売上
dash-partners-chart = パートナー企業別の受注売上（{ $currency }）
dash-tiers-revenue-title = ティア別の売上
dash-tiers-revenue-chart = パートナーの現在のティア別の受注売上（{ $currency }）
dash-regions-title = 地域別の売上
dash-regions-chart = パートナーの地域別の受注売上（{ $currency }）

## Chart buckets (a week by its first day, a month with its year)
dash-bucket-week = { $month }{ $day }日
dash-bucket-month = { $year }年{ $month }
dash-month-1 = 1月
dash-month-2 = 2月
dash-month-3 = 3月
dash-month-4 = 4月
dash-month-5 = 5月
dash-month-6 = 6月
dash-month-7 = 7月
dash-month-8 = 8月
dash-month-9 = 9月
dash-month-10 = 10月
dash-month-11 = 11月
dash-month-12 = 12月

## Registration funnel
dash-funnel-title = 登録ファネル
dash-funnel-lead = 期間内に提出された登録と、それぞれの到達段階です。
dash-funnel-chart = 提出、承認、受注された登録の数
dash-funnel-submitted = 提出
dash-funnel-approved = 承認
dash-funnel-won = 受注
dash-funnel-lost = 失注
dash-funnel-rejected = 却下
dash-funnel-pending = 判断待ちまたはパートナーの対応待ち
dash-funnel-conflict-rate = 競合率
dash-funnel-conflict-value = { $count ->
       *[other] { $share }（登録 { $count } 件）
    }

## Registration and approval time
dash-timing-title = 登録所要時間と承認所要時間
dash-timing-timed = 所要時間を計測済みの登録
dash-n-of-total = { $n } / { $total }
dash-timing-registration = 登録所要時間（中央値 / 90パーセンタイル）
dash-timing-under-90s = 90 秒未満で登録
dash-timing-decisions = 担当者による判断
dash-timing-approval = 承認所要時間（中央値 / 90パーセンタイル）
dash-timing-within-sla = 承認期限内に判断
dash-timing-sample = 所要時間は、期間内の最新の登録 { $count } 件から算出しています。

## Market development funds
dash-mdf-title = MDF（マーケティング開発資金）
dash-mdf-lead = 期間の開始日が対象期間内にある{ $currency }建ての{ $funds ->
       *[other] 予算 { $funds } 件
    }と、{ $requests ->
       *[other] 申請 { $requests } 件
    }です。
dash-mdf-chart = MDFの割り当て済み、確保済み、払い戻し申請済み、支払い済みの金額（{ $currency }）
dash-mdf-allocated = 割り当て済み
dash-mdf-committed = 確保済み
dash-mdf-claimed = 払い戻し申請済み（未払い）
dash-mdf-paid = 支払い済み
dash-mdf-available = 利用可能
dash-mdf-expired = 未使用のまま失効
dash-mdf-claims-approved = 承認済みの払い戻し申請
dash-mdf-linked-won = 紐付けられた案件の受注売上
dash-mdf-roi = 承認済み払い戻し申請の投資対効果
dash-mdf-roi-value = { $ratio } 倍

## Tiers
dash-tiers-title = ティア
dash-tiers-none = パートナープログラムはまだありません。
dash-tiers-chart = ティア別のパートナー企業数
dash-tiers-upgrades = 判断待ちの昇格
dash-tiers-downgrades = 判断待ちの降格
dash-tiers-grace = 猶予期間中

## Partner activity
dash-activity-title = パートナーのアクティビティ
dash-activity-users = 30 日以内にサインインしたパートナーユーザー
dash-activity-companies = 30 日以内にサインインがあった企業
dash-activity-registering = 期間内に案件を登録した企業

## Leaderboard
dash-leaderboard-title = ランキング
dash-leaderboard-none = この期間に獲得されたポイントはありません。
dash-leaderboard-caption = 期間内に獲得したポイント別の企業ランキング

## Column heads (tables and CSV files)
dash-col-period = 期間
dash-col-partner = パートナー
dash-col-tier = ティア
dash-col-region = 地域
dash-col-stage = 段階
dash-col-bucket = 区分
dash-col-rank = 順位
dash-col-points = ポイント
dash-col-won-deals = 受注案件数
dash-col-won-revenue-in = 受注売上（{ $currency }）

## Charts
dash-chart-name = 名前
dash-chart-amount = 金額
dash-chart-count = 件数
dash-chart-deals = 案件数
dash-chart-show-figures = 数値を表示
dash-chart-item = { $label }：{ $value }
dash-chart-column-tip = { $count ->
       *[other] { $label }：{ $value }（案件 { $count } 件）
    }
dash-compact-thousands = { $n }千
dash-compact-millions = { $n }百万
dash-compact-billions = { $n }十億

## CSV exports
dash-export-which-table = どの表ですか？次のいずれかを指定してください：{ $tables }。
dash-csv-period = 期間：{ $from }～{ $to }、通貨：{ $currency }
dash-csv-figure = 指標
dash-csv-value = 値
dash-csv-pending = 判断待ちまたはパートナーの対応待ち
dash-csv-conflicts = 競合あり
dash-csv-registrations-read = 集計対象の登録数
dash-csv-registration-p90 = 登録所要時間の90パーセンタイル
dash-csv-under-90s = 90 秒未満（%）
dash-csv-approval-p90 = 承認所要時間の90パーセンタイル
dash-csv-within-sla = 承認期限内に判断（%）
dash-csv-funds = 予算数
dash-csv-available = 利用可能
dash-csv-expired = 失効
dash-csv-requests = 申請数
dash-csv-companies = 企業数
dash-csv-companies-active = 有効なパートナー企業数
dash-csv-companies-signed-in = 30 日以内にサインインした企業数
dash-csv-users-active = 有効なパートナーユーザー数
dash-csv-users-signed-in = 30 日以内にサインインしたユーザー数
dash-csv-companies-registering = 案件を登録した企業数

## Who found the business (partner-sourced and vendor-sourced)

dash-sourcing-title = 案件の発掘元
dash-sourcing-lead = 期間内の受注売上と現時点で進行中のパイプラインを、案件を見つけたのがパートナー自身か、リードを配分したベンダーかで分けて示しています。
dash-sourcing-col-source = 発掘元
dash-sourcing-col-won = 受注売上（{ $currency }）
dash-sourcing-col-share = 構成比
dash-sourcing-col-open = 進行中のパイプライン（{ $currency }）
dash-sourcing-col-open-deals = 進行中の案件数
dash-sourcing-partner = パートナー発掘
dash-sourcing-vendor = ベンダー発掘（リード）
dash-sourcing-deals = { $count ->
       *[other] 案件 { $count } 件
    }
dash-sourcing-lead-figures = リードの指標：パートナー別・地域別・ソース別の受諾、案件化、売上

## The seed's success measures

dash-measures-title = 成果指標
dash-measures-lead = 期間内にポータルを利用したパートナーユーザー 1 人あたりの受注売上、高実績パートナー層（過去 12 か月の受注売上の80%を合わせて占めるパートナー）、およびこの層によるポータルの評価（ポータル内パルスサーベイのNPS）を示しています。
dash-measures-per-user = アクティブなポータルユーザー 1 人あたりの売上
dash-measures-per-user-sub = { $users ->
       *[other] アクティブなパートナーユーザー { $users } 人
    }
dash-measures-productive = 高実績パートナー層
dash-measures-productive-value = { $n } / { $of }
dash-measures-productive-sub = 過去 12 か月に受注売上があったパートナーのうちの社数。合わせて受注売上の{ $share }を占めます
dash-measures-productive-names = { $more ->
        [0] 高実績パートナー層：{ $names }。
       *[other] 高実績パートナー層：{ $names } ほか { $more } 社。
    }
dash-measures-nps = 高実績パートナー層のポータルNPS
dash-measures-nps-sub = { $answers ->
       *[other] 回答 { $answers } 件
    } · 全パートナー：{ $all }（回答 { $all_answers } 件）
dash-measures-nps-before = 前の期間：{ $before }（{ $change }）
dash-measures-nps-no-before = 前の期間の回答なし
dash-measures-comments = パートナーの声
dash-measures-comments-none = この期間のパルスサーベイ回答にコメントはありません。
dash-measures-comment-score = { $score }/10
dash-measures-none = この期間の受注売上とポータル利用はありません。
dash-measures-tier-caption = ティア別のアクティブなポータルユーザー 1 人あたりの売上
dash-measures-col-users = アクティブユーザー数
dash-measures-col-per-user = アクティブユーザー 1 人あたり
dash-csv-active-users = アクティブなパートナーユーザー数
dash-csv-active-users-before = アクティブなパートナーユーザー数（前の期間）
dash-csv-per-user-before = アクティブなポータルユーザー 1 人あたりの売上（前の期間）
dash-csv-productive-companies = 高実績パートナー層：パートナー数
dash-csv-companies-with-revenue = 過去 12 か月に受注売上があったパートナー数
dash-csv-productive-share = 過去 12 か月の受注売上に占める高実績パートナー層の割合（%）
dash-csv-nps-answers = 高実績パートナー層のパルスサーベイ回答数
dash-csv-nps-before = 高実績パートナー層のポータルNPS（前の期間）
dash-csv-nps-all = ポータルNPS（全パートナー）
dash-csv-nps-all-answers = パルスサーベイ回答数（全パートナー）
