import type { MessagesOf } from '@/lib/schema/words';

import type { FactId } from '../facts';
import type { SourceId } from '../sources';
import { sourceTitles } from './source-titles';

export const messages = {
  site: {
    reportError: 'Informar de un error',
    menu: 'Menú',
    name: 'WeCom o WeChat',
    tagline: 'Las diferencias entre WeCom y WeChat personal, con fuentes',
    skipLink: 'Saltar al contenido',
    navLabel: 'Principal',
    languageLabel: 'Idioma',
    footerNavLabel: 'Más información',
    nav: { overview: 'Comparativa', quiz: '¿Qué cuenta te conviene?', sources: 'Fuentes y método' },
    footer:
      'Sitio independiente; no está afiliado a Tencent. Cada cifra enlaza a su fuente y muestra cuándo la comprobamos.',
    dataNote: {
      one: 'Datos comprobados el {date}.',
      range: 'Datos comprobados entre el {oldest} y el {newest}.',
    },
  },
  home: {
    tableLink: 'Ver todas las cifras en una sola tabla',
    tableDescription:
      'Todas las cifras de WeCom y WeChat personal lado a lado, con su fuente, su advertencia y la fecha en que las comprobamos.',
    title: 'WeCom o WeChat personal: diferencias y cuál elegir',
    description:
      'Comparativa con fuentes de WeCom (企业微信) y WeChat personal: contactos, grupos, Momentos, envíos masivos, bajas de empleados y herramientas de trabajo.',
    answer:
      'WeChat personal es para tu vida privada: la cuenta y los contactos son tuyos. WeCom, la app de Tencent para organizaciones, es para atender a clientes que siguen en su WeChat de siempre, pero la relación con ellos es de la empresa, que reparte los clientes entre sus empleados y los conserva cuando alguien se va.',
    answerMore:
      'Abajo, las ocho diferencias con su cifra clave para cada cuenta; la tabla completa reúne cada límite con su fuente y la fecha en que lo comprobamos.',
    tableTitle: 'Todas las diferencias en una tabla',
    tableIntro:
      'Cada fila enlaza a sus fuentes. Las cifras que solo publican proveedores de servicios lo indican junto al valor.',
    articlesTitle: 'Las ocho diferencias, una a una',
    readArticle: 'Leer',
    quizTitle: '¿Aún dudas?',
    quizText:
      'Responde unas preguntas sobre cómo trabajas y te decimos qué cuenta encaja contigo, y por qué.',
    quizCta: 'Hacer el test',
  },
  table: {
    caveatLegend:
      '⚠ marca una cifra con una advertencia; selecciona la marca para ver qué respaldan sus fuentes.',
    caption: 'WeCom y WeChat personal, lado a lado: «{topic}»',
    overviewCaption: 'Comparativa completa de WeCom y WeChat personal, agrupada por diferencia',
    fact: 'Dato',
    verifiedOn: 'Comprobado el {date}',
    sourceRef: 'Fuente {n}: {title}',
    scrollHint: 'Tabla desplazable',
    rowLink: 'Enlace a esta fila: {label}',
    reportCorrection: 'Informar de un error en «{label}»',
    reportShort: 'Informar de un error',
    changed: {
      'seed-correction': 'El artículo de las ocho diferencias decía {value}',
      update: 'Corregido: esta fila decía antes {value}',
    },
  },
  punctuation: { colon: ': ', separator: ', ', open: ' (', close: ')', sentenceGap: ' ' },
  accounts: { wecom: 'WeCom', wechat: 'WeChat personal' },
  facts: {
    'service-focus.audience': 'Para quién es',
    'service-focus.reaches-wechat-users': 'Llega a usuarios de WeChat sin que instalen otra app',
    'service-focus.unverified-member-cap': 'Empleados en una organización sin verificar',
    'service-focus.verification-fee': 'Tasa de revisión de la verificación',
    'service-focus.verification-validity': 'Validez de la verificación',
    'contacts.free-external-contacts': 'Contactos externos gratuitos por organización',
    'contacts.per-account-default': 'Contactos por cuenta, límite inicial',
    'contacts.per-account-max': 'Contactos por cuenta, máximo',
    'contacts.unverified-org-cap': 'Clientes de una organización sin verificar',
    'contacts.reply-window-over-quota': 'Plazo para responder si se supera el cupo sin pagar',
    'staff-leaving.customers-stay-with-company':
      'Los clientes se quedan en la empresa cuando alguien se va',
    'staff-leaving.customer-can-refuse': 'El cliente puede rechazar el cambio de interlocutor',
    'staff-leaving.takeover-delay': 'Tiempo hasta que el nuevo responsable asume al cliente',
    'staff-leaving.customers-per-transfer': 'Clientes por operación de transferencia',
    'staff-leaving.departure-window': 'Plazo tras la baja para transferir los clientes',
    'staff-leaving.active-transfer-limit': 'Transferencias de cada cliente entre empleados activos',
    'profile-card.verified-company-name': 'Muestra el nombre verificado de la empresa',
    'profile-card.custom-fields': 'Campos propios en la tarjeta (web, texto, miniprograma)',
    'profile-card.company-short-names': 'Nombres cortos de empresa disponibles',
    'profile-card.id-changes-per-year': 'Cambios del ID de WeChat',
    'moments.member-posts-per-day': 'Publicaciones de empleados que ve cada cliente',
    'moments.company-posts-per-month': 'Publicaciones de la empresa que ve cada cliente',
    'moments.post-text-length': 'Texto por publicación',
    'moments.images-per-post': 'Imágenes por publicación',
    'groups.external-max-members': 'Tamaño máximo de un grupo (en WeCom, un grupo con clientes)',
    'groups.internal-max-members': 'Tamaño máximo de un grupo interno',
    'groups.member-created-default': 'Límite inicial de un grupo creado por un empleado',
    'groups.all-staff-max-members': 'Tamaño máximo del grupo de toda la empresa',
    'groups.qr-linked-groups': 'Grupos enlazados a un código QR dinámico',
    'groups.qr-join-limit': 'Tamaño a partir del cual ya no se entra escaneando el QR',
    'groups.qr-validity': 'Validez del código QR de un grupo',
    'groups.invite-acceptance-above': 'Tamaño a partir del cual el invitado debe aceptar',
    'groups.real-name-above':
      'Tamaño a partir del cual el invitado debe tener nombre real verificado',
    'groups.cross-app-joining': 'Usuarios de la otra app pueden unirse a sus grupos',
    'mass-messages.per-customer-limit': 'Envíos masivos que recibe cada cliente',
    'mass-messages.recipients-per-send': 'Destinatarios por envío masivo',
    'mass-messages.groups-per-send': 'Grupos por envío masivo',
    'work-tools.calendar-meetings-docs': 'Agenda, reuniones, documentos y WeDrive',
    'work-tools.check-in-approvals-reports': 'Registro de asistencia, aprobaciones e informes',
    'work-tools.wedrive-free-storage': 'Espacio gratuito en WeDrive',
    'work-tools.chat-archiving': 'Archivo de conversaciones',
    'work-tools.third-party-apps-licence': 'Licencias de API para apps de terceros',
    'costs.core-features': 'Uso básico (en WeCom: registro, empleados y herramientas internas)',
    'costs.verification-small-tier-max-members':
      'Tamaño máximo con la tasa de verificación más baja',
    'costs.verification-fee-mid': 'Tasa de verificación de una organización mediana',
    'costs.verification-mid-tier-max-members':
      'Tamaño máximo de una organización mediana a efectos de la verificación',
    'costs.verification-fee-large': 'Tasa de verificación de una organización grande',
    'costs.annual-review': 'Revisión anual de la verificación (organización pequeña)',
    'costs.overseas-verification':
      'Verificación de una organización registrada fuera de China continental',
    'costs.external-contacts-average-price':
      'Precio medio del cupo de contactos externos por encima del gratuito',
    'costs.external-contact-band-prices': 'Precio de cada tramo del cupo de contactos externos',
    'costs.chat-archiving-from-price':
      'Archivo de conversaciones: precio de partida según un proveedor',
    'costs.chat-archiving-price-official':
      'Archivo de conversaciones: precio oficial de cada edición',
    'costs.service-provider-licences':
      'Licencias de API, solo al usar apps de proveedores de servicios',
    'costs.interop-licence-price': 'Licencia de interconexión (licencia de API)',
    'costs.interop-licence-price-beyond-five':
      'Cada licencia de interconexión a partir de la sexta (según un proveedor)',
    'costs.base-licence-price': 'Licencia básica (licencia de API)',
    'costs.acquisition-links': 'Asistente de captación de clientes (enlaces de captación)',
    'costs.acquisition-link-price': 'Precio por uso del asistente de captación de clientes',
    'costs.wedrive-extra-price': 'Precio del espacio adicional en WeDrive',
    'switching.bulk-import': 'Importar de una vez los contactos de WeChat personal',
    'switching.friend-requests-to-wechat-friends':
      'El empleado puede enviar solicitudes de amistad a sus amigos de WeChat',
    'switching.friend-must-accept': 'Cada amigo de WeChat tiene que aceptar la solicitud',
    'switching.chat-history-moves': 'El historial de chats de WeChat pasa a WeCom',
    'switching.moments-move': 'Las publicaciones de Momentos pasan a WeCom',
    'switching.enterprise-migration-service':
      'Servicio de Tencent que migra clientes entre dos organizaciones de WeCom',
    'switching.migration-moves-plain-contacts':
      'Esa migración incluye los contactos externos que no son clientes',
    'adding.contact-me-configurations': 'Códigos «Contáctame» por organización',
    'adding.contact-me-skips-approval':
      'Con «Contáctame», el cliente se añade sin que el empleado lo apruebe (por defecto)',
    'adding.acquisition-link-outside-wechat':
      'Los enlaces de captación funcionan también fuera de WeChat (anuncios, web, SMS)',
    'adding.other-channels':
      'Otras vías: búsqueda por teléfono, tarjeta compartida, grupos, Channels',
    'adding.daily-limit': 'Límite diario de solicitudes de amistad',
    'abroad.app-works-abroad': 'La app funciona fuera de China continental',
    'abroad.overseas-verification-available':
      'Una organización registrada fuera de China continental puede verificarse',
    'abroad.register-with-email':
      'Un empleado puede darse de alta con correo electrónico en vez de número de teléfono',
    'abroad.foreign-phone-numbers': 'Alta con un número de teléfono extranjero',
    'abroad.wechat-international-terms':
      'Las cuentas con número extranjero siguen las condiciones de WeChat internacional',
    'bans.plugins-banned':
      'Prohibidos los complementos no oficiales (multicuenta, emuladores, control masivo)',
    'bans.many-friends-banned': 'Tener muchos amigos basta para que bloqueen la cuenta',
    'bans.bound-wechat-restriction':
      'Si se restringe el WeChat vinculado, el empleado pierde el contacto con usuarios de WeChat',
    'bans.unblock-delay':
      'Plazo máximo para recuperar el contacto con WeChat cuando se levanta la restricción',
    'bans.whole-org-ban':
      'En casos graves se bloquea a toda la organización y a sus administradores',
    'automation.webhook-rate': 'Mensajes por minuto de un bot de grupo (webhook)',
    'automation.webhook-in-customer-groups':
      'Los bots de grupo (webhook) funcionan en grupos de clientes',
    'automation.app-messages-internal-groups-only':
      'Los mensajes de una app solo llegan a grupos internos creados con la API',
    'automation.mass-send-needs-member':
      'Un envío masivo creado con la API necesita que el empleado lo confirme',
    'automation.ai-bot': 'Bot de IA oficial (WeCom: 智能机器人; WeChat: el complemento ClawBot)',
    'automation.unofficial-tools-banned':
      'Prohibidas las herramientas no oficiales que manejan la app',
    'privacy.archive-editions': 'Ediciones del archivo de conversaciones',
    'privacy.archive-needed-to-read-chats':
      'La empresa solo puede leer los chats de WeCom con el archivo de conversaciones',
    'privacy.customer-consent-recorded': 'Se registra si cada cliente acepta o rechaza el archivo',
    'privacy.customer-notice': 'El cliente recibe un aviso de que el chat puede archivarse',
    'privacy.member-notice': 'El empleado recibe un aviso de que sus chats se archivan',
    'privacy.personal-wechat-visible-to-employer':
      'La empresa ve tu WeChat personal (chats, contactos, Momentos)',
    'privacy.archive-api-days':
      'Antigüedad máxima de los chats con clientes que devuelve la API de datos',
    'privacy.account-deleted-after-leaving': 'Plazo hasta que se borra la cuenta de quien se va',
    'privacy.deletion-clears-messages': 'Al eliminar a un empleado se borran sus mensajes de WeCom',
    'privacy.recovery-window':
      'Plazo para pedir que se recuperen los datos de un empleado eliminado',
    'both-apps.separate-apps': 'Apps y cuentas separadas, que se pueden usar en el mismo teléfono',
    'both-apps.identity-label': 'El cliente ve en WeChat «Nombre@Empresa»',
    'both-apps.histories-merge': 'Los historiales de chat de las dos apps se combinan',
  },
  units: {
    'external-contacts-per-org': {
      one: 'contacto externo por organización',
      other: 'contactos externos por organización',
    },
    'customers-per-member': { one: 'cliente por empleado', other: 'clientes por empleado' },
    'customers-per-org': { one: 'cliente por organización', other: 'clientes por organización' },
    friends: { one: 'amigo', other: 'amigos' },
    'members-per-org': { one: 'empleado', other: 'empleados' },
    hours: { one: 'hora', other: 'horas' },
    years: { one: 'año', other: 'años' },
    'customers-per-transfer': { one: 'cliente por operación', other: 'clientes por operación' },
    'transfers-per-customer-90-days': {
      one: 'transferencia por cliente cada 90 días naturales',
      other: 'transferencias por cliente cada 90 días naturales',
    },
    'yuan-per-application': { one: 'yuan por solicitud', other: 'yuanes por solicitud' },
    'short-names-per-org': {
      one: 'nombre corto por organización',
      other: 'nombres cortos por organización',
    },
    'changes-per-year': { one: 'cambio al año', other: 'cambios al año' },
    'posts-per-customer-per-day': { one: 'publicación al día', other: 'publicaciones al día' },
    'posts-per-customer-per-month': { one: 'publicación al mes', other: 'publicaciones al mes' },
    characters: { one: 'carácter', other: 'caracteres' },
    'images-per-post': { one: 'imagen', other: 'imágenes' },
    'members-per-group': { one: 'miembro', other: 'miembros' },
    'groups-per-qr-code': { one: 'grupo por código', other: 'grupos por código' },
    days: { one: 'día', other: 'días' },
    'recipients-per-send': { one: 'destinatario', other: 'destinatarios' },
    'groups-per-send': { one: 'grupo', other: 'grupos' },
    'gigabytes-per-org': { one: 'GB por organización', other: 'GB por organización' },
    people: { one: 'persona', other: 'personas' },
    'yuan-per-year': { one: 'yuan al año', other: 'yuanes al año' },
    'yuan-per-contact-per-year': {
      one: 'yuan por contacto al año',
      other: 'yuanes por contacto al año',
    },
    'yuan-per-member-per-year': {
      one: 'yuan por empleado al año',
      other: 'yuanes por empleado al año',
    },
    'yuan-per-account-per-year': {
      one: 'yuan por cuenta al año',
      other: 'yuanes por cuenta al año',
    },
    'configurations-per-org': { one: 'código por organización', other: 'códigos por organización' },
    'messages-per-minute-per-bot': { one: 'mensaje por minuto', other: 'mensajes por minuto' },
    editions: { one: 'edición', other: 'ediciones' },
  },
  conditions: {
    'verified-org': 'si la organización está verificada',
    'unverified-org': 'mientras la organización no esté verificada',
    'admin-approval': 'si el administrador aprueba ampliarlo',
    'member-created': 'hasta que un administrador lo amplíe',
    'all-staff-group': 'solo el grupo de toda la empresa',
    'customer-group': 'grupo externo, con clientes',
    'over-unpaid-quota':
      'si la organización supera su cupo de contactos externos sin pagar la ampliación',
    'beyond-full-friends': 'los que pasan del límite inicial quedan en «Solo chat»',
    'member-quit': 'si el empleado deja la organización por su cuenta y no lo vuelven a invitar',
    'data-protection-plan': 'solo organizaciones adheridas al plan de protección de datos',
    'direct-chats-only': 'solo en chats individuales, no en grupos',
  },
  enums: {
    organisations: 'organizaciones y su relación con clientes',
    individuals: 'personas y su vida social',
    'one-per-day-of-month': 'tantos al mes como días tiene el mes',
    'one-per-day': 'uno al día de cada empleado',
    'no-published-cap': 'no se ha publicado ningún límite',
    'not-built-in': 'no integradas',
    'paid-add-on': 'complemento de pago',
    'only-new-groups': 'solo al crear un grupo nuevo, no en grupos existentes',
    'no-official-figure': 'sin cifra oficial',
    free: 'gratis',
  },
  booleans: { yes: 'sí', no: 'no' },
  caveatShort: {
    official: '',
    'official-copy': 'copia de una página oficial',
    'official-in-part': 'oficial en parte',
    press: 'prensa',
    providers: 'proveedores',
    weak: 'poco seguro',
    disputed: 'en disputa',
    unverified: 'sin confirmar',
    inference: 'deducción',
  },
  caveats: {
    official: '',
    'official-copy':
      'lo dice una copia de una página oficial; no pudimos consultar la página misma',
    'official-in-part': 'una página oficial lo respalda solo en parte; el resto no figura en ella',
    press: 'según la prensa; sin página oficial',
    providers: 'según proveedores de servicios; sin página oficial',
    weak: 'dato poco seguro: pocas fuentes secundarias, antiguas o que discrepan',
    disputed: 'las fuentes no coinciden: mostramos los valores que dan',
    unverified: 'sin confirmar: ninguna fuente fiable lo sostiene',
    inference: 'deducción nuestra del funcionamiento de la cuenta; ninguna fuente lo dice',
  },
  absent: {
    'not-applicable': 'no aplica',
    'not-found': 'sin dato publicado',
  },
  alternatives: {
    'other-official-page': 'otra página oficial dice: {value}',
    'older-figure': 'cifra anterior: {value}',
    'other-source': 'otra fuente dice: {value}',
  },
  dispute: {
    separator: ' / ',
    note: 'las fuentes no coinciden',
    text: '{values}: las fuentes no coinciden',
  },
  seed: {
    before: 'Antes',
    now: 'Ahora',
    history: 'Documentan la regla antigua',
    statusTitle: {
      confirmed: 'Cifra confirmada',
      outdated: 'Cifra desactualizada en muchos artículos',
      garbled: 'Error de traducción frecuente',
      unverified: 'Afirmación sin confirmar',
      disputed: 'Las páginas oficiales no coinciden',
    },
    notes: {
      'contacts.free-external-contacts': {
        before:
          'Una organización verificada empezaba con {seed0} relaciones con clientes y podía ampliarlas sin límite total.',
        now: 'Hoy el cupo gratuito es de {now}; por encima hay que comprar un cupo anual de contactos externos.',
      },
      'mass-messages.per-customer-limit': {
        before:
          'Cada cliente recibía como mucho {seed0} envío al día de cada empleado y {seed1} al mes de la empresa.',
        now: 'Las dos páginas oficiales actuales no coinciden: una dice «{now}» (sumando los de la empresa y los de los empleados); otra, «{alt}». El cupo de {seed1} al mes de la empresa solo aparece en documentación antigua.',
      },
      'groups.qr-linked-groups': {
        before: 'Muchos artículos dicen que el código QR dinámico admite {seed0} personas.',
        now: 'El límite es de {now}, no de personas; cuando todos los grupos están llenos, WeCom crea otro automáticamente.',
      },
      'groups.cross-app-joining': {
        before:
          'Se repite que un usuario de WeCom solo puede entrar en un grupo de WeChat personal cuando se crea, nunca en uno existente.',
        now: 'No hemos encontrado ninguna fuente que lo confirme ni que lo desmienta.',
      },
    },
  },
  article: {
    inShort: 'En resumen: quién gana en qué',
    previous: 'Anterior',
    next: 'Siguiente',
    backToOverview: 'Volver a la comparativa completa',
    sourcesTitle: 'Fuentes',
    sourcesIntro:
      'Las cifras de esta página remiten a estas fuentes (fecha de la propia fuente entre paréntesis).',
    undated: 'sin fecha',
    sourceDate: 'fecha de la fuente: {date}',
    tiers: {
      official: 'página oficial de Tencent',
      'official-copy': 'copia literal de una página oficial',
      news: 'prensa',
      provider: 'proveedor de servicios o blog',
    },
    caveatMark:
      '* Cifra con una advertencia ({kinds}): en su fila de la tabla se explica qué respaldan las fuentes.',
    freshness: {
      one: 'Cifras de esta página comprobadas el {date}.',
      range: 'Cifras de esta página comprobadas entre el {oldest} y el {newest}.',
    },
    articleNav: 'Otros artículos',
  },
  quiz: {
    title: '¿Qué cuenta te conviene?',
    description: 'Un test breve que recomienda WeCom, WeChat personal o ambas según cómo trabajas.',
  },
  share: {
    ogAlt: 'Cifras clave de WeCom y WeChat personal, lado a lado: «{title}»',
    posterCta: 'Cada cifra, con su fuente y su fecha, en:',
    savePoster: 'Guardar imagen para compartir en WeChat',
    posterAlt: 'Cartel vertical con las cifras clave y un código QR de esta página',
    caveatLegend: 'con advertencia ({kinds}): fuentes en el sitio',
    checked: { one: 'Comprobado el {date}', range: 'Comprobado entre el {oldest} y el {newest}' },
  },
  sourcesPage: { allSources: 'Todas las fuentes', quoteLabel: 'Lo que dice sobre «{fact}»' },
  sourceTitles,
  sourcePublishers: {
    'vcqqcno.cn (repost signed 腾讯企业微信)': 'vcqqcno.cn (reproducción firmada por 腾讯企业微信)',
    'ydadm.com (repost signed 腾讯企业邮箱)': 'ydadm.com (reproducción firmada por 腾讯企业邮箱)',
    'cnblogs (ytkah), quoting WeChat 6.1.1 Help & Feedback (via mamicode.com)':
      'cnblogs (ytkah), que cita la ayuda de WeChat 6.1.1 (vía mamicode.com)',
    'Reuters (via maxnews.in)': 'Reuters (vía maxnews.in)',
    '北京日报 (via caiding5.cn)': '北京日报 (vía caiding5.cn)',
    '新华社 (via fkpjhm.cn)': '新华社 (vía fkpjhm.cn)',
    '界面新闻 (via learnwithfaith.com)': '界面新闻 (vía learnwithfaith.com)',
    '亿邦动力 (via menbie.com)': '亿邦动力 (vía menbie.com)',
    '中国青年网 (via xinyaonews.com)': '中国青年网 (vía xinyaonews.com)',
    '北京青年报 (via beipingwang.com)': '北京青年报 (vía beipingwang.com)',
    '羊城晚报 (via zhoukan.cc)': '羊城晚报 (vía zhoukan.cc)',
    'OpenClaw (project docs)': 'OpenClaw (documentación del proyecto)',
  },
  corrections: {
    subject: 'Corrección: {id}',
    body: 'Dato: {id}\nPágina: {page}\nIdioma: {locale}\nValor mostrado: {shown}\nVersión de los datos: {version}\n\nQué está mal y dónde lo dice (enlace a la fuente):\n',
  },
  report: {
    title: 'Informar de un error',
    description:
      'Cómo avisarnos de una cifra de WeCom o WeChat equivocada o desactualizada: qué incluir, cómo la comprobamos y dónde están los datos.',
    intro:
      'Si una cifra de este sitio está mal o desactualizada, avísanos. Comprobamos cada informe con las fuentes antes de cambiar nada.',
    factTitle: 'Informe sobre «{label}»',
    copy: 'Copia este texto en tu mensaje y añade qué está mal y un enlace a la fuente:',
    row: 'Ver la fila en su tabla',
    send: 'Enviar este informe',
    includeTitle: 'Qué incluir',
    include: [
      'De qué dato se trata: el identificador de la fila (por ejemplo, groups.external-max-members) o la página y la fila donde lo viste.',
      'Qué dice el sitio y qué crees que debería decir.',
      'Un enlace a una fuente que lo diga, mejor una página oficial de Tencent, con su fecha si la tiene.',
      'Si depende de una condición (organización verificada, plan de pago…), en qué caso se cumple.',
    ],
    checkTitle: 'Cómo lo comprobamos',
    check:
      'Leemos la fuente que nos mandas y la comparamos con las que ya citamos; una página oficial de Tencent pesa más que la prensa o un proveedor. Si la corrección se sostiene, cambiamos la cifra, la fila cuenta lo que decía antes y el cambio queda anotado con su fuente. Si las fuentes no coinciden, mostramos las dos.',
    changesLink: 'Ver el historial de cambios',
    dataTitle: 'Dónde están los datos',
    data: 'Todas las cifras, con sus fuentes y fechas, salen de un único conjunto de datos que publicamos como datos abiertos (JSON y CSV). Cada fila de las tablas enlaza a sus fuentes.',
    openDataLink: 'Descargar los datos abiertos',
    sendTitle: 'Dónde enviarlo',
    sendVia: 'Envía tu informe por aquí:',
    sendLink: 'Enviar un informe',
    noChannel:
      'Esta copia del sitio todavía no tiene una dirección para recibir informes: guarda el texto y házselo llegar a quien la publica.',
    pickTitle: 'Elige la cifra',
    pickIntro:
      'Cada enlace muestra, al principio de esta página, el informe sobre esa cifra ya completo y listo para copiar.',
  },
  openData: {
    title: 'Datos abiertos',
    description:
      'Todas las cifras de la comparativa WeCom–WeChat en JSON y CSV, con su JSON Schema, fuentes, historial y licencia CC BY 4.0.',
    intro:
      'Todas las cifras de este sitio, con sus fuentes, condiciones y fechas de comprobación, se publican cada vez que actualizamos el sitio. Son los mismos datos que leen las tablas, el test y las imágenes.',
    filesTitle: 'Archivos',
    files: {
      json: 'Todos los datos: cifras, fuentes e historial de cambios.',
      csv: 'Una fila por dato y cuenta, para hojas de cálculo.',
      schema: 'El JSON Schema (borrador 2020-12) con el que se valida el JSON.',
    },
    version: 'Versión de los datos: {version}.',
    fieldsTitle: 'Campos',
    fields: {
      id: 'Identificador estable del dato («tema.métrica»). No cambia nunca: forma parte de los enlaces.',
      topic:
        'A cuál de las ocho diferencias o de las preguntas prácticas (precios, cambio de cuenta…) pertenece.',
      value:
        'El valor para WeCom (wecom) o WeChat personal (wechat): un número, sí/no o un valor enumerado.',
      unit: 'Qué cuenta el número.',
      condition: 'Cuándo se cumple, si no es siempre (p. ej., organización verificada).',
      confidence:
        'high: página oficial de Tencent con fecha; medium/low: fuentes secundarias; unverified: sin confirmar; inferred: deducido del funcionamiento de la cuenta.',
      caveat:
        'La advertencia que mostramos, derivada de la confianza y del tipo de las fuentes: official, official-copy, official-in-part, press, providers, weak, disputed, unverified o inference.',
      sources: 'Identificadores de las fuentes del valor.',
      alternatives:
        'Otros valores que dan otras fuentes (otra página oficial, una cifra anterior), con sus propias fuentes.',
      absent: 'Por qué no hay valor: not-applicable (no aplica) o not-found (sin dato publicado).',
      verifiedAt: 'Cuándo comprobamos el valor con sus fuentes.',
      seed: 'Lo que decía el artículo de las ocho diferencias (el texto traducido que circula copiado en muchas webs) y si era correcto, está desactualizado, mal traducido o sin confirmar.',
      sourceList:
        'Cada fuente: dirección, título, quién la publica, tipo (oficial, copia de oficial, prensa, proveedor) y su propia fecha (null si no la tiene).',
      changelog:
        'Cada cambio de una cifra (fecha, dato, valor anterior y actual, y fuentes) y cada página nueva (fecha y clave de la página).',
    },
    licenceTitle: 'Licencia',
    licence:
      'Los datos se publican con licencia Creative Commons Atribución 4.0 (CC BY 4.0): puedes usarlos y adaptarlos citando este sitio.',
    exampleTitle: 'Ejemplo: un dato',
    correctionsTitle: '¿Has visto un error?',
    corrections:
      'Cada fila de las tablas tiene un enlace para informar de un error, con el dato, la página y la versión ya completos.',
    footerLink: 'Datos abiertos',
  },
  changes: {
    title: 'Cambios en las cifras y páginas nuevas',
    description:
      'Qué cifras han cambiado, de qué valor a cuál, por qué y con qué fuente, y qué páginas hemos añadido, empezando por las correcciones al artículo de las ocho diferencias.',
    intro:
      'Cada vez que una cifra cambia o publicamos una página nueva, lo anotamos aquí, lo más reciente primero: primero las cifras, después las páginas. Las entradas de cifras más antiguas corrigen el artículo de las ocho diferencias, que circula copiado en muchas webs.',
    figuresTitle: 'Cifras',
    pagesTitle: 'Páginas nuevas',
    kinds: {
      'seed-correction': 'Corrección del artículo de las ocho diferencias',
      update: 'Actualización',
      'new-page': 'Página nueva',
    },
    sources: 'Fuentes',
    footerLink: 'Cambios',
  },
  subscribe: {
    feedLink: 'Suscribirse a los cambios (feed Atom)',
    feedHint:
      'Añade la dirección de este enlace a tu lector de feeds (RSS o Atom) y te avisará de cada cifra que cambie y de cada página nueva, sin tener que volver aquí.',
    appName: 'WeCom/WeChat',
  },
  glossary: {
    title: 'Glosario: WeCom y WeChat en chino, inglés y español',
    description:
      'Los términos de WeCom y WeChat en chino, inglés y español, tal como los usamos en este sitio.',
    intro:
      'Usamos estos términos en todo el sitio. WeCom no tiene interfaz en español, así que la columna española es nuestra propuesta editorial; WeCom y WeChat van en masculino («WeCom está pensado para organizaciones»).',
    unofficial: 'uso habitual en inglés; no confirmado en una interfaz oficial',
    caption: 'Términos en chino, inglés y español',
    footerLink: 'Glosario',
  },
  notFound: {
    title: 'Página no encontrada',
    text: 'Esta dirección no existe o ha cambiado. Todas las diferencias siguen en la comparativa.',
    home: 'Ir a la comparativa',
  },
  search: {
    open: 'Buscar',
    title: 'Buscar en el sitio',
    input: 'Busca un término, una cifra o una pregunta',
    placeholder: 'p. ej. 群活码, 48 horas, Solo chat',
    close: 'Cerrar',
    loading: 'Buscando…',
    results: { one: '1 resultado para «{query}»', other: '{count} resultados para «{query}»' },
    none: 'No hay resultados para «{query}». Prueba con otra palabra, en español, inglés o chino.',
    unavailable: 'La búsqueda no está disponible ahora mismo.',
    figure: 'Cifra',
    browse: 'Todas las cifras y términos:',
    termsHint: '¿Buscas un término de la app, como 群活码 o «Solo chat»?',
    termsLink: 'El glosario los da en chino, inglés y español.',
  },
  factShare: {
    title: 'Compartir una cifra',
    description:
      'Cada cifra de WeCom y WeChat personal como imagen para compartir, con el enlace a su fila y un código para insertarla en una web o un blog.',
    intro:
      'Cada cifra tiene su imagen (PNG, 1200 × 630) con los valores de las dos cuentas, su advertencia, su fuente, la fecha en que la comprobamos y la dirección de este sitio. Compártela en WeChat, donde las vistas previas de los enlaces fallan a menudo, o insértala en tu web con su código.',
    pickTitle: 'Elige la cifra',
    pickIntro:
      'Cada enlace muestra arriba la imagen de esa cifra, el enlace a su fila y el código para insertarla.',
    factTitle: 'Compartir «{label}»',
    imageLink: 'Abrir la imagen (PNG, 1200 × 630)',
    rowLink: 'Enlace a la fila',
    embedLabel: 'Código para insertarla en una web (HTML)',
    embedHint:
      'Muestra la imagen, con un texto alternativo que dice la cifra, y enlaza a su fila. Selecciónalo y cópialo.',
    rowAction: 'Compartir',
    rowActionLabel: 'Compartir la cifra «{label}»',
    cardAlt: '{label}. {wecom}; {wechat}.',
    cardSource: 'Fuente: {source}',
    cardSources: '{count} fuentes, entre ellas: {source}',
    rootAlt:
      'WeCom o WeChat: las diferencias entre WeCom y WeChat personal, con fuentes, en español, inglés y chino',
  },
} satisfies MessagesOf<FactId, SourceId>;
