# E-mails about an account: password resets, unlock links, invitations.
# Bodies are plain text; keep the blank lines between paragraphs.

## Password reset
mail-reset-subject = パートナーポータルのパスワードのリセット
mail-reset-body = { $name }様

    パートナーポータルのアカウントについて、パスワードのリセットが依頼されました。
    次のリンクから新しいパスワードを設定してください（リンクは 1 回のみ使用でき、{ $minutes } 分で有効期限が切れます）：
    { $link }

    お心当たりがない場合は、このメールを無視してください。パスワードは変更されません。

## Unlock link (after many failed sign-ins)
mail-unlock-subject = パートナーポータルのアカウントへのサインインに繰り返し失敗しています
mail-unlock-body = { $name }様

    パートナーポータルのアカウントへのサインインに繰り返し失敗したため、現在このアカウントへのサインインは一時的に制限されています。ご本人による操作でない場合、第三者がパスワードを推測しようとしている可能性があります。パスワードは変更されておらず、第三者によるサインインもありません。

    今すぐサインインするには、ご自身のブラウザーで次のリンクを開いてください（リンクは 1 回のみ使用でき、{ $minutes } 分で有効期限が切れます）：
    { $link }

    このリンクを開いたブラウザーからは、制限中でもパスワードでサインインできるようになります。以前にサインインしたことのあるブラウザーには、制限はかかりません。

## Invitation
mail-invitation-subject = パートナーポータルへのご招待
mail-invitation-body-partner = { $name }様

    { $company }のメンバーとして、パートナーポータルに招待されました。

    次のリンクからパスワードを設定して、サインインしてください（リンクは 1 回のみ使用でき、{ $hours } 時間で有効期限が切れます）：
    { $link }

    お心当たりがない場合は、このメールを無視してください。
mail-invitation-body-staff = { $name }様

    ベンダースタッフとして、パートナーポータルに招待されました。

    次のリンクからパスワードを設定して、サインインしてください（リンクは 1 回のみ使用でき、{ $hours } 時間で有効期限が切れます）：
    { $link }

    お心当たりがない場合は、このメールを無視してください。
