# Errores: qué salió mal y qué hacer, en una o dos frases breves.

error-unauthenticated = Inicie sesión para continuar.
error-forbidden = No tiene acceso a este contenido.
error-not-found = No se encontró.
error-internal = Se produjo un error de nuestra parte. Referencia: { $reference }
error-request = No se pudo interpretar la petición.
error-request-detail = No se pudo interpretar la petición: { $detail }
error-method = Este método no se admite aquí.
error-language = Elija uno de los idiomas disponibles.

## La página de error
error-panel-not-found = No encontrado
error-panel-not-found-text = Esta página o registro no existe, o usted no tiene acceso.
error-panel-no-access = Sin acceso
error-panel-no-access-text = Su rol no incluye esta página.
error-panel-sign-in = Inicie sesión
error-panel-sign-in-text = Su sesión ha finalizado.
error-panel-failed = Se produjo un error

## Reglas de los campos
error-email-empty = Escriba una dirección de correo electrónico.
error-email-long = Esa dirección de correo electrónico es demasiado larga.
error-email-shape = Escriba una dirección de correo electrónico como nombre@empresa.com.
error-name-empty = Escriba un nombre.
error-text-long = Use como máximo { $max } caracteres.
error-text-characters = Contiene caracteres no permitidos.
error-password-short = Use al menos { $min } caracteres.
error-password-long = Use como máximo { $max } caracteres.
error-website-long = Esa dirección web es demasiado larga.
error-website-shape = Escriba un sitio web como ejemplo.com.
error-country = Elija un país.
error-region = Elija una región.
error-money-empty = Escriba el valor estimado.
error-money-shape = Escriba un número como 25000 o 25.000,50.
error-money-large = Ese valor es demasiado grande para una sola oportunidad.
error-money-positive = El valor debe ser mayor que cero.
error-password-common = Esa contraseña es demasiado común. Elija una más difícil de adivinar.
error-password-email = No use su dirección de correo electrónico como contraseña.

## Cambios de estado (el nombre del registro y los estados son otros mensajes)
workflow-not-allowed = Esta { $noun } está «{ $from }» y ahora no puede pasar a «{ $to }». Vuelva a cargar la página para ver su estado actual.
workflow-stale = Alguien modificó esta { $noun } hace un momento. Vuelva a cargar la página para ver la versión actual.
error-time-zone = Elija una de las zonas horarias disponibles.

## Archivos cargados (cada mensaje empieza con el nombre del archivo)
error-upload-empty = { $name }: el archivo está vacío.
error-upload-large = { $name }: el archivo supera los { $mb } MB.
error-upload-type = { $name }: solo se aceptan archivos PDF, PNG, JPEG, CSV y XLSX.
error-upload-content = { $name }: el contenido no corresponde a un archivo { $kind }, aunque su nombre lo indique.
error-upload-csv-utf8 = { $name }: el CSV no está en texto UTF-8. Guárdelo como «CSV UTF-8».
error-upload-csv-binary = { $name }: el CSV contiene datos binarios; no es un archivo de texto.
error-upload-csv-markup = { $name }: el archivo es una página web o una imagen, no un CSV.
error-upload-xlsx = { $name }: el contenido del archivo no es un libro XLSX.
error-upload-zip64 = { $name }: no se aceptan archivos Zip64.
error-upload-xlsx-parts = { $name }: el libro tiene demasiadas partes.
error-upload-zip-bomb = { $name }: el libro se expande muy por encima de su tamaño (¿una bomba zip?); se rechazó.
error-upload-xlsx-large = { $name }: el libro se expande a más de { $mb } MB; se rechazó.

## Importaciones CSV ($rows indica qué es una línea, en plural: "asignaciones")
error-import-unreadable-line = Línea { $line }: no se pudo leer el archivo ({ $detail }).
error-import-unreadable = No se pudo leer el archivo ({ $detail }).
error-import-open-quote = Línea { $line }: un campo entre comillas no está cerrado (las comillas dentro de un campo se escriben dos veces: "").
error-import-empty = El archivo está vacío. La primera línea contiene los nombres de las columnas: { $columns }.
# $required: las columnas obligatorias salvo la última, separadas por comas; $required_last: la última (lo mismo para las opcionales).
error-import-columns = La primera línea debe indicar { $required_count ->
        [one] la columna { $required_last }
       *[other] las columnas { $required } y { $required_last }
    }{ $optional_count ->
        [0] {""}
        [one] {" "}({ $optional_last } es opcional)
       *[other] {" "}({ $optional } y { $optional_last } son opcionales)
    }.
error-import-no-rows = El archivo tiene una línea de encabezado, pero no contiene { $rows }.
error-import-too-many = Como máximo { $max } { $rows } por carga; este archivo tiene más.
error-import-choose = Elija un archivo CSV o pegue sus líneas.
error-import-csv-empty = El CSV está vacío.
error-import-not-text = El archivo no es un CSV de texto (contiene un byte NUL). Vuelva a exportarlo como CSV.
error-import-applied = Esta carga ya se aplicó.

## El catálogo de productos
error-sku-shape = Un SKU tiene de 1 a 40 letras, dígitos, - o _.
error-sku-taken = Otro producto ya tiene este SKU.

error-upload-interrupted = La carga se interrumpió o el archivo es demasiado grande.
error-upload-too-large = El archivo supera los { $mb } MB.
