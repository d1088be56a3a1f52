## Recruitment: "become a partner", the e-mail confirmation, the vetting queue

apply-title = パートナーになる
apply-lead = 貴社についてお聞かせください。すべての申請をチャネルマネージャーが審査します。審査には通常 2 営業日ほどかかります。
apply-choose = 選択…
apply-section-company = 会社情報
apply-section-specialisations = 専門分野
apply-section-contact = 主担当者
apply-field-legal-name = 正式な企業名
apply-field-website = ウェブサイト
apply-field-website-hint = 例：www.example.co.jp
apply-field-country = 国
apply-field-type = パートナー種別
apply-field-revenue = 当社製品による年間売上見込み
apply-field-tax-id = VAT 番号または納税者番号
apply-field-tax-id-hint = 任意。英字、数字、スペース、ピリオド、スラッシュ、ハイフンを使用できます。
apply-field-contact-name = 氏名
apply-field-contact-email = 勤務先のメールアドレス
apply-field-contact-email-hint = 確認用のリンクをお送りします。リンクを開くと、申請が当社に届きます。
apply-field-contact-phone = 電話番号
apply-field-message = その他、お伝えいただきたいことはありますか？
apply-field-message-hint = 任意：貴社の顧客、チーム、パートナーを希望される理由など。
apply-trap = この欄は空欄のままにしてください
apply-privacy = ご入力いただいた情報は、申請の審査と、申請に関するご連絡にのみ使用します。
apply-submit = 申請を送信
apply-sent = ありがとうございます。入力内容に不備がなければ、ご入力いただいたメールアドレスに確認用のリンクをお送りしました。
apply-sent-more = 72 時間以内にリンクを開くと、申請が当社のチャネル担当チームに送信されます。メールが届かない場合は、迷惑メールフォルダーをご確認いただくか、もう一度お申し込みください。
apply-have-account = すでにパートナーの方
apply-confirm-title = メールアドレスの確認
apply-confirm-lead = メールアドレスを確認して、申請を当社のチャネル担当チームに送信してください。
apply-confirm-submit = 確認して申請を送信
apply-confirmed = メールアドレスが確認され、申請が当社のチャネル担当チームに届きました。
apply-confirmed-more = 審査が完了しましたら、ご連絡いたします。通常は 2 営業日以内です。

app-revenue-under-1m = 100万未満
app-revenue-1m-10m = 100万～1,000万
app-revenue-10m-50m = 1,000万～5,000万
app-revenue-over-50m = 5,000万超
app-spec-cloud = クラウド
app-spec-security = セキュリティ
app-spec-networking = ネットワーク
app-spec-data = データ・分析
app-spec-collaboration = コラボレーション
app-spec-devices = デバイス

app-status-unconfirmed = メール未確認
app-status-pending = 審査待ち
app-status-approved = 承認済み
app-status-declined = 却下

app-error-partner-type = 貴社のパートナー種別を選択してください。
app-error-specialisation = 専門分野を一覧から選択してください。
app-error-revenue-band = 売上規模を選択してください。
app-error-tax-id = 英字、数字、スペース、ピリオド、スラッシュ、ハイフンを使用してください（60 文字以内）。
app-error-phone = 数字、スペース、+ - ( ) . のみを使用してください（60 文字以内）。
app-error-message = メッセージは { $max } 文字以内で入力してください。
app-error-too-many = お使いのネットワークからの申請が多すぎます。{ $minutes } 分後にもう一度お試しください。
app-error-link = このリンクは無効です。すでに使用されているか、有効期限が切れています。新しいリンクを受け取るには、もう一度お申し込みください。
app-error-reason = 申請者に伝える理由を入力してください（3 文字以上）。
app-error-reason-long = 理由は { $max } 文字以内で入力してください。
app-error-manager = 新しいパートナーを担当するチャネルマネージャーを選択してください。
app-error-decided = この申請はすでに判断済みです。ページを再読み込みして、結果をご確認ください。
app-error-contact-taken = この担当者のメールアドレスには、すでにアカウントがあります。申請を却下するか、別のアドレスを使用するよう本人に依頼してください。

app-mail-confirm-subject = パートナー申請の確認
app-mail-confirm-body = { $name }様

    { $company }として、パートナープログラムにお申し込みいただき、ありがとうございます。

    次のリンクからメールアドレスを確認して、申請を当社のチャネル担当チームに送信してください（リンクは 1 回のみ使用でき、{ $hours } 時間で有効期限が切れます）：
    { $link }

    お心当たりがない場合は、このメールを無視してください。確認されない限り、申請は送信されません。
app-mail-declined-subject = パートナー申請について
app-mail-declined-body = { $name }様

    このたびは当社のパートナープログラムにご関心をお寄せいただき、ありがとうございます。{ $company }様からの申請を慎重に審査いたしましたが、誠に残念ながら、現時点ではお受けすることができません。

    当社のチャネル担当チームからの理由は次のとおりです：
    { $reason }

    状況が変わりましたら、ぜひ改めてお申し込みください。
app-notify-title = 新しいパートナー申請：{ $company }
app-notify-body = { $company }がパートナープログラムに申請し、メールアドレスを確認しました。審査キューで判断を待っています。

apps-title = パートナー申請
apps-lead = 「パートナーになる」ページから申請し、メールアドレスを確認した企業です。担当者の判断なしに承認されることはありません。
apps-tabs-label = ステータス別の申請
apps-empty-title = 該当なし
apps-empty-text = この一覧に申請はありません。
apps-col-company = 企業
apps-col-type = 種別
apps-col-revenue = 売上見込み
apps-col-contact = 担当者
apps-col-waiting = 待機開始
apps-col-decided = 判断日時
apps-link = 申請
app-page-title = パートナー申請
app-doc-title = 申請：{ $company }
app-section-company = 企業
app-fact-applied = 申請日時
app-fact-confirmed = メール確認日時
app-section-duplicates = 重複の可能性
app-no-duplicates = この申請に類似するパートナー、ユーザー、他の申請はありません。
app-dup-same-domain = 同じウェブサイトドメイン
app-dup-similar-name = 類似した企業名
app-dup-known-person = 担当者のアカウントあり
app-dup-other-application = 他の申請
app-approve-title = 承認
app-approve-lead = プログラムのエントリーティアにパートナー企業を作成し、担当のチャネルマネージャーを割り当てて、担当者をパートナー管理者として招待します。
app-field-company-name = ポータルでの企業名
app-field-region = 地域
app-field-manager = チャネルマネージャー
app-approve-submit = 承認して招待
app-decline-title = 却下
app-field-reason = 理由
app-field-reason-hint = 入力した内容がそのまま申請者にメールで送信されます。
app-decline-submit = 却下して理由をメールで送信
app-notice-declined = 申請を却下し、理由をメールで送信しました。
app-decision-title = 判断
app-fact-decision = 判断
app-fact-decided = 判断日時
app-fact-company = パートナー企業
app-open-company = 企業を開く
login-apply = 初めての方
login-apply-link = パートナーになる

## Program terms

terms-blocked = 貴社はまだパートナープログラム規約（バージョン{ $version }）に同意していません。規約には貴社のパートナー管理者がホームから同意します。同意が完了するまでは、ホームのみ利用できます。
terms-card-title = プログラム規約（バージョン{ $version }）
terms-card-admin = 貴社を代表して「{ $title }」をご確認のうえ、同意してください。同意が完了するまで、チームはこのページのみ利用できます。
terms-card-user = チームがポータルの他のページを利用するには、貴社のパートナー管理者が「{ $title }」に同意する必要があります。
terms-card-review = 確認して同意
terms-card-read = 規約を読む
terms-page-title = プログラム規約
terms-eyebrow = プログラム規約 · バージョン{ $version }
terms-published = 公開日：{ $date }
terms-none-title = プログラム規約はまだありません
terms-none-text = ベンダーはまだプログラム規約を公開していません。
terms-accept-lead = 同意すると、貴社全体としてこの規約に同意したことになります。お名前、日時、ネットワークアドレスが記録されます。
terms-accept-submit = 自社としてバージョン{ $version }に同意
terms-accepted-by = { $date }に{ $name }さんが貴社を代表して同意しました。
terms-accepted-notice = ありがとうございます。規約への同意が完了し、チームがポータル全体を利用できるようになりました。
terms-ask-admin = 規約に同意できるのは、貴社のパートナー管理者のみです。
terms-error-newer = このページを開いている間に、新しいバージョン（{ $version }）が公開されました。新しいバージョンをお読みのうえ、そちらに同意してください。
terms-admin-title = プログラム規約
terms-admin-lead = 各パートナー企業は、ホーム以外のページを利用する前に、自社のパートナー管理者のいずれかを通じて現行バージョンに同意します。新しいバージョンを公開すると、すべての企業に改めて同意を求めます。
terms-admin-link = プログラム規約
terms-versions-title = バージョン
terms-col-version = バージョン
terms-col-published = 公開日
terms-col-accepted = 同意済み企業数
terms-acceptances-title = バージョン{ $version }への同意状況
terms-acceptances-none = このバージョンに同意した企業はまだありません。
terms-col-company = 企業
terms-col-by = 同意者
terms-col-at = 日時（ご利用のタイムゾーン）
terms-col-ip = ネットワークアドレス
terms-publish-title = 新しいバージョンを公開
terms-publish-lead = 新しいバージョンは、直ちに現行バージョンに置き換わります。各パートナー企業のユーザーがホーム以外のページを利用するには、その企業が新しいバージョンに同意する必要があります。
terms-field-title = タイトル
terms-field-body = 規約（Markdown）
terms-field-body-hint = 見出し（#）、リスト、太字、リンク、表を使用できます。HTML は削除されます。
terms-publish-submit = 公開
terms-published-notice = 新しいバージョンを公開しました。すべてのパートナー企業に同意を求めています。
terms-error-title = 規約のタイトルは 3～{ $max } 文字で入力してください。
terms-error-body-short = 規約の本文を入力してください（20 文字以上）。
terms-error-body-long = 規約は { $max } 文字以内で入力してください。

## A new partner's first steps, and the ramp time

checklist-title = はじめに
checklist-progress = 全 { $total } ステップ中 { $done } ステップ完了
checklist-terms = プログラム規約に同意
checklist-colleagues = 同僚を招待
checklist-first-deal = 最初の案件を登録
checklist-done = （完了）
ramp-title = 立ち上がり期間
ramp-lead = 承認からパートナーが最初の案件を登録するまでの日数です（承認月ごとの中央値）。
ramp-col-month = 承認月
ramp-col-approved = 承認済み
ramp-col-registered = 案件登録済み
ramp-col-median = 最初の案件までの期間（中央値）
ramp-days = { $days } 日
ramp-none = 過去 12 か月間に承認されたパートナーはありません。
apps-col-terms = 規約
apps-col-people = ユーザー数
apps-col-first-deal = 最初の案件まで
apps-terms-accepted = 同意済み
apps-terms-waiting = 未同意
