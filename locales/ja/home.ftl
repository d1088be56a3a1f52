# The first screen: the partner's money and what needs them, or the
# program vendor staff run.
# Glossary of domain terms: locales/GLOSSARY.md.

## Page
home-title = ホーム
home-welcome = ようこそ。アカウントの準備ができました。
home-hello = こんにちは、{ $name }さん

## Partner: figures
home-won-this-year = 今年の受注額
home-won-last-year = 前年同日時点：{ $amounts }
home-won-last-year-none = 前年同日時点の受注はありません
home-open-pipeline = 進行中のパイプライン
home-open-registrations = { $count ->
       *[other] 進行中の登録 { $count } 件
    }
home-mdf-available = 申請可能なMDF
home-mdf-sub = 確保済み{ $committed } · 払い戻し申請済み{ $claimed } · { $period }
home-mdf-none = この期間に割り当てられた予算はありません
home-incentives-due = 未払いのリベートとコミッション
home-paid = 支払い済み：{ $amounts }
home-paid-none = まだ支払いはありません
home-rank = { $total } 社中 { $rank } 位

## Partner: needs your attention
home-attention = 要対応
home-attention-sub = 質問あり { $returned } 件 · 承認待ち { $pending } 件 · 30 日以内に期限切れ { $expiring } 件
home-attention-none = 対応が必要なものはありません。ベンダーからの質問、30 日以内に終了する独占期間、承認待ちのものはいずれもありません。
home-attention-returned = ベンダーからの質問：回答して再提出してください
home-attention-expiring = { $days ->
       *[other] { $date }に独占期間終了（残り { $days } 日）
    }
home-attention-pending = 承認待ち
home-attention-more = それぞれ緊急度の高いものから { $count } 件を表示しています。
home-attention-all-returned = 質問ありの { $count } 件をすべて表示
home-attention-all-pending = 承認待ちの { $count } 件をすべて表示
home-attention-all-expiring = 30 日以内に期限切れの { $count } 件をすべて表示

## Partner: pipeline, tier, activities, notifications
home-pipeline = ステージ別のパイプライン
home-pipeline-none = 進行中の登録はありません。
home-register-deal = 案件を登録
home-col-stage = ステージ
home-col-deals = 案件数
home-col-value = 金額
home-tier = 貴社のティア
home-tier-none = 貴社は最初の評価（毎日、および案件の受注時に実施）でパートナープログラムに参加します。
home-activities = マーケティング施策
home-activities-none = イベント、ウェビナー、キャンペーンの予算は数分で申請できます。施策の実施後は、請求書とリードリストを添えて払い戻し申請を提出してください。
home-activities-all = すべてのMDF申請と払い戻し申請
home-notifications = 最近の通知
home-notifications-none = まだ通知はありません。
home-notifications-all = すべての通知

## Partner: company, team, channel manager, training
home-company = 貴社の情報
home-company-type = パートナー種別
home-company-region = 地域
home-company-status = ステータス
home-company-website = ウェブサイト
home-team = 貴社のチーム
home-team-active = 有効
home-team-invited = 招待中
home-team-manage = チームを管理
home-team-see = チームを表示
home-manager = 担当のチャネルマネージャー
home-manager-none = 担当のチャネルマネージャーはまだ割り当てられていません。ベンダーチームが割り当てを行います。
home-training = トレーニング
home-training-text = コースと認定資格はまだポータルに組み込まれていないため、受講期限のあるトレーニングは表示されず、認定取得者もティアの判定には集計されません。

## Vendor staff
home-vendor-waiting = 承認待ちの登録
home-vendor-overdue = 承認期限超過
home-vendor-mdf-requests = 承認待ちのMDF申請
home-vendor-mdf-review = 審査待ちのMDF払い戻し申請
home-vendor-mdf-pay = 支払い待ちのMDF払い戻し申請
home-vendor-tier-changes = 判断待ちのティア変更
home-vendor-companies-active = 有効なパートナー企業
home-vendor-companies-suspended = 停止中の企業
home-vendor-people-active = 有効なパートナーユーザー
home-vendor-invitations = 承諾待ちの招待
home-vendor-run = プログラムの運営
home-vendor-run-text = パートナー企業の追加、その管理者の招待、チャネルマネージャーの割り当て、ベンダースタッフの管理を行います。
home-vendor-partners = 担当パートナー
home-vendor-partners-text = これらの数値は、担当するパートナー企業を対象としています。
home-vendor-open-companies = パートナー企業を表示
home-vendor-manage-staff = スタッフを管理
