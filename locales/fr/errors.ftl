# Erreurs : ce qui s'est mal passé et que faire, en une ou deux phrases courtes.

error-unauthenticated = Veuillez vous connecter pour continuer.
error-forbidden = Vous n'avez pas accès à cet élément.
error-not-found = Introuvable.
error-internal = Une erreur s'est produite de notre côté. Référence : { $reference }
error-request = La requête n'a pas été comprise.
error-request-detail = La requête n'a pas été comprise : { $detail }
error-method = Cette méthode n'est pas prise en charge ici.
error-language = Choisissez l'une des langues proposées.

## The error page
error-panel-not-found = Introuvable
error-panel-not-found-text = Cette page ou cet élément n'existe pas, ou vous n'y avez pas accès.
error-panel-no-access = Accès refusé
error-panel-no-access-text = Votre rôle ne donne pas accès à cette page.
error-panel-sign-in = Veuillez vous connecter
error-panel-sign-in-text = Votre session a pris fin.
error-panel-failed = Une erreur s'est produite

## Field rules
error-email-empty = Saisissez une adresse e-mail.
error-email-long = Cette adresse e-mail est trop longue.
error-email-shape = Saisissez une adresse e-mail du type nom@entreprise.com.
error-name-empty = Saisissez un nom.
error-text-long = Saisissez au maximum { $max } caractères.
error-text-characters = Ce texte contient des caractères non autorisés.
error-password-short = Saisissez au moins { $min } caractères.
error-password-long = Saisissez au maximum { $max } caractères.
error-website-long = Cette adresse de site web est trop longue.
error-website-shape = Saisissez une adresse de site web du type exemple.com.
error-country = Choisissez un pays.
error-region = Choisissez une région.
error-money-empty = Saisissez le montant estimé.
error-money-shape = Saisissez un nombre comme 25000 ou 25 000,50.
error-money-large = Ce montant est trop élevé pour une seule opportunité.
error-money-positive = Le montant doit être supérieur à zéro.
error-password-common = Ce mot de passe est trop courant. Choisissez-en un plus difficile à deviner.
error-password-email = N'utilisez pas votre adresse e-mail comme mot de passe.

## Status changes (the row's name and statuses are other messages)
workflow-not-allowed = Cette { $noun } est « { $from } » et ne peut pas passer à « { $to } » pour le moment. Rechargez la page pour voir son état actuel.
workflow-stale = Quelqu'un vient de modifier cette { $noun }. Rechargez la page pour voir la version actuelle.
error-time-zone = Choisissez l'un des fuseaux horaires proposés.

## Uploaded files (each message starts with the file's name)
error-upload-empty = { $name } : le fichier est vide.
error-upload-large = { $name } : le fichier dépasse { $mb } Mo.
error-upload-type = { $name } : seuls les fichiers PDF, PNG, JPEG, CSV et XLSX sont acceptés.
error-upload-content = { $name } : le contenu n'est pas celui d'un fichier { $kind }, quel que soit le nom du fichier.
error-upload-csv-utf8 = { $name } : le CSV n'est pas un texte UTF-8. Enregistrez-le au format « CSV UTF-8 ».
error-upload-csv-binary = { $name } : le CSV contient des données binaires ; ce n'est pas un fichier texte.
error-upload-csv-markup = { $name } : le fichier est une page web ou une image, pas un CSV.
error-upload-xlsx = { $name } : le contenu du fichier n'est pas un classeur XLSX.
error-upload-zip64 = { $name } : les archives Zip64 ne sont pas acceptées.
error-upload-xlsx-parts = { $name } : le classeur comporte trop d'éléments.
error-upload-zip-bomb = { $name } : une fois décompressé, le classeur dépasse de loin sa taille (bombe de décompression ?) ; il a été refusé.
error-upload-xlsx-large = { $name } : une fois décompressé, le classeur dépasse { $mb } Mo ; il a été refusé.

## CSV imports ($rows names what a line is, in the plural: "allocations")
error-import-unreadable-line = Ligne { $line } : le fichier n'a pas pu être lu ({ $detail }).
error-import-unreadable = Le fichier n'a pas pu être lu ({ $detail }).
error-import-open-quote = Ligne { $line } : un champ entre guillemets n'est pas fermé (un guillemet à l'intérieur d'un champ s'écrit deux fois : "").
error-import-empty = Le fichier est vide. La première ligne indique les colonnes : { $columns }.
# $required: the required columns but the last, comma-separated; $required_last: the last one (the same for the optional ones).
error-import-columns = La première ligne doit indiquer { $required_count ->
        [one] la colonne { $required_last }
       *[other] les colonnes { $required } et { $required_last }
    }{ $optional_count ->
        [0] {""}
        [one] {" "}({ $optional_last } est facultative)
       *[other] {" "}({ $optional } et { $optional_last } sont facultatives)
    }.
error-import-no-rows = Le fichier contient une ligne d'en-tête, mais les { $rows } manquent.
error-import-too-many = { $max } { $rows } au maximum par import ; ce fichier en contient davantage.
error-import-choose = Choisissez un fichier CSV ou collez ses lignes.
error-import-csv-empty = Le CSV est vide.
error-import-not-text = Le fichier n’est pas un CSV texte (il contient un octet NUL). Exportez-le de nouveau en CSV.
error-import-applied = Cet import a déjà été appliqué.

## The product catalogue
error-sku-shape = Une référence (SKU) comporte de 1 à 40 lettres, chiffres, - ou _.
error-sku-taken = Un autre produit utilise déjà cette référence (SKU).

error-upload-interrupted = L'envoi a été interrompu ou le fichier est trop volumineux.
error-upload-too-large = Le fichier dépasse { $mb } Mo.
