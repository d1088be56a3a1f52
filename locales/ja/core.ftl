# The portal's frame: its name, the layout and navigation, the pieces
# every page shares (forms, pager, notices), durations, regions.
# Glossary of domain terms: locales/GLOSSARY.md.

app-name = パートナーポータル

## Layout
layout-skip = コンテンツへスキップ
layout-main-nav = メイン
layout-vendor-staff = ベンダースタッフ
layout-register-deal = 案件を登録
layout-sign-out = サインアウト
lang-switch-label = 言語
tz-label = タイムゾーン
tz-automatic = 自動（このブラウザーの設定）
tz-save = タイムゾーンを保存

## Main navigation
nav-home = ホーム
nav-deals = 案件
nav-leads = リード
nav-funds = MDF
nav-rebates = リベート
nav-tier = ティア
nav-team = チーム
nav-overview = 概要
nav-dashboard = ダッシュボード
nav-approvals = 承認
nav-mdf = MDF
nav-tiers = ティア
nav-partners = パートナー
nav-admin = 管理

## Administration tabs
admin-tabs-label = 管理
admin-tab-deals = 案件登録プログラム
admin-tab-tiers = ティアとインセンティブ
admin-tab-payouts = 支払い
admin-tab-staff = スタッフ
admin-tab-mail = メール送信ログ

## Shared pieces
ui-loading = 読み込み中…
ui-back-home = ホームに戻る
pager-label = ページ送り
pager-status = { $page } / { $pages } ページ · 全 { $total } 件
pager-previous = 前へ
pager-next = 次へ
form-fix-fields = { $count ->
   *[other] 強調表示された { $count } 件の項目を修正してください。
}
sla-due-in = 判断期限まで残り{ $duration }
sla-overdue = 期限を{ $duration }超過

## Durations
duration-seconds = { $s } 秒
duration-minutes = { $m } 分
duration-minutes-seconds = { $m } 分 { $s } 秒
duration-hours = { $h } 時間
duration-days = { $d } 日

## Sales regions
region-north-america = 北米
region-latin-america = 中南米
region-emea = 欧州・中東・アフリカ
region-apac = アジア太平洋

## Labels of stored values (string_enum!)
role-vendor-admin = ベンダー管理者
role-channel-manager = チャネルマネージャー
role-partner-admin = パートナー管理者
role-partner-user = パートナーユーザー
company-type-reseller = リセラー
company-type-distributor = ディストリビューター
company-type-msp = MSP
company-type-referral = 紹介パートナー
company-type-si = システムインテグレーター
company-status-active = 有効
company-status-suspended = 停止中
user-status-invited = 招待済み
user-status-active = 有効
user-status-disabled = 無効

## E-mail
# The e-mail of a notification: its title, its text, and the link.
mail-notification = { $title }

    { $body }

    詳細はパートナーポータルでご確認ください：
    { $link }
