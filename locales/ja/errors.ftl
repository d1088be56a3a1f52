# Errors: what went wrong and what to do, in one or two short sentences.

error-unauthenticated = 続行するにはサインインしてください。
error-forbidden = アクセス権がありません。
error-not-found = 見つかりません。
error-internal = システム側で問題が発生しました。参照番号：{ $reference }
error-request = リクエストの内容を解釈できませんでした。
error-request-detail = リクエストの内容を解釈できませんでした：{ $detail }
error-method = この操作はここではサポートされていません。
error-language = 提供されている言語のいずれかを選択してください。

## The error page
error-panel-not-found = 見つかりません
error-panel-not-found-text = このページまたはレコードは存在しないか、アクセス権がありません。
error-panel-no-access = アクセス権がありません
error-panel-no-access-text = ご利用のロールでは、このページを表示できません。
error-panel-sign-in = サインインしてください
error-panel-sign-in-text = セッションの有効期限が切れました。
error-panel-failed = 問題が発生しました

## Field rules
error-email-empty = メールアドレスを入力してください。
error-email-long = メールアドレスが長すぎます。
error-email-shape = name@company.co.jp のような形式でメールアドレスを入力してください。
error-name-empty = 名前を入力してください。
error-text-long = { $max } 文字以内で入力してください。
error-text-characters = 使用できない文字が含まれています。
error-password-short = { $min } 文字以上で入力してください。
error-password-long = { $max } 文字以内で入力してください。
error-website-long = ウェブサイトのアドレスが長すぎます。
error-website-shape = example.co.jp のような形式でウェブサイトを入力してください。
error-country = 国を選択してください。
error-region = 地域を選択してください。
error-money-empty = 見込み金額を入力してください。
error-money-shape = 25000 や 25,000.50 のような形式で数値を入力してください。
error-money-large = 1 件の案件の金額としては大きすぎます。
error-money-positive = 0 より大きい金額を入力してください。
error-password-common = このパスワードはよく使われているため使用できません。推測されにくいパスワードを選択してください。
error-password-email = メールアドレスをパスワードとして使用しないでください。

## Status changes (the row's name and statuses are other messages)
workflow-not-allowed = この{ $noun }は「{ $from }」のため、現在「{ $to }」に変更することはできません。再読み込みして、現在の状態を確認してください。
workflow-stale = この{ $noun }は、つい先ほど他のユーザーによって変更されました。再読み込みして、最新の内容を確認してください。
error-time-zone = 提供されているタイムゾーンのいずれかを選択してください。

## Uploaded files (each message starts with the file's name)
error-upload-empty = { $name }：ファイルが空です。
error-upload-large = { $name }：ファイルが { $mb } MBを超えています。
error-upload-type = { $name }：受け付けられるのは、PDF、PNG、JPEG、CSV、XLSXファイルのみです。
error-upload-content = { $name }：ファイル名にかかわらず、ファイルの内容が{ $kind }ファイルではありません。
error-upload-csv-utf8 = { $name }：CSVがUTF-8のテキストではありません。「CSV UTF-8（コンマ区切り）」形式で保存してください。
error-upload-csv-binary = { $name }：CSVにバイナリデータが含まれています。テキストファイルではありません。
error-upload-csv-markup = { $name }：このファイルはCSVではなく、ウェブページまたは画像です。
error-upload-xlsx = { $name }：ファイルの内容がXLSXブックではありません。
error-upload-zip64 = { $name }：Zip64アーカイブは受け付けられません。
error-upload-xlsx-parts = { $name }：ブックに含まれるパーツが多すぎます。
error-upload-zip-bomb = { $name }：ブックの展開後のサイズが元のサイズをはるかに超えるため（zip爆弾の可能性があります）、受け付けられませんでした。
error-upload-xlsx-large = { $name }：ブックの展開後のサイズが { $mb } MBを超えるため、受け付けられませんでした。

## CSV imports ($rows names what a line is, in the plural: "allocations")
error-import-unreadable-line = { $line } 行目：ファイルを読み取れませんでした（{ $detail }）。
error-import-unreadable = ファイルを読み取れませんでした（{ $detail }）。
error-import-open-quote = { $line } 行目：引用符で囲まれたフィールドが閉じられていません（フィールド内の引用符は "" のように 2 つ重ねて記述します）。
error-import-empty = ファイルが空です。1 行目には列名を記述します：{ $columns }。
# $required: the required columns but the last, comma-separated; $required_last: the last one (the same for the optional ones).
error-import-columns = 1 行目には、次の列名を記述してください：{ $required_count ->
        [1] { $required_last }
       *[other] { $required }, { $required_last }
    }{ $optional_count ->
        [0] {""}
        [1] （{ $optional_last }は任意）
       *[other] （{ $optional }, { $optional_last }は任意）
    }。
error-import-no-rows = ファイルにヘッダー行はありますが、{ $rows }のデータ行がありません。
error-import-too-many = 1 回のアップロードで取り込める{ $rows }は { $max } 件までです。このファイルはそれを超えています。
error-import-choose = CSVファイルを選択するか、その行を貼り付けてください。
error-import-csv-empty = CSVが空です。
error-import-not-text = このファイルはテキストのCSVではありません（NULバイトを含みます）。CSVとしてもう一度書き出してください。
error-import-applied = このアップロードはすでに適用されています。

## The product catalogue
error-sku-shape = SKUは、英数字、-、_ を使用して 1～40 文字で入力してください。
error-sku-taken = このSKUはすでに別の製品で使用されています。

error-upload-interrupted = アップロードが中断されたか、ファイルが大きすぎます。
error-upload-too-large = ファイルが { $mb } MBを超えています。
