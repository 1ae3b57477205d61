import type { FaqContent } from '@/lib/faq/content';

export const faq: FaqContent = {
  title: 'Preguntas prácticas sobre WeCom y WeChat',
  description:
    'Cuánto cuesta WeCom, cómo pasar tus clientes, bloqueos, automatización y privacidad: respuestas breves, cada dato enlazado a su fuente.',
  intro:
    'Respuestas breves a lo que suele preguntarse antes de pasar el trabajo de WeChat personal a WeCom. Cada cifra y cada afirmación enlazan con su fila de datos, con sus fuentes y con lo fiables que son.',
  labels: {
    contents: 'En esta página',
    myth: 'Mito',
    whatSourcesSay: 'Lo que dicen las fuentes',
    readMore: 'Más información',
    rows: 'Los datos detrás de «{question}»',
    costsPage: 'Lo que cuesta WeCom, partida por partida',
    footerLink: 'Preguntas prácticas',
    homeTitle: 'Las preguntas más habituales',
    articleTitle: 'Preguntas prácticas sobre este tema',
  },
  questions: {
    costs: {
      question: '¿Cuánto me va a costar WeCom?',
      answer: [
        '[Registrarse, dar de alta a los empleados y usar las herramientas internas es gratis]{costs.core-features}, así que el gasto que hay que prever es la verificación, sin la cual te quedas en {{contacts.unverified-org-cap}}. Cuesta {{service-focus.verification-fee}} para una organización de hasta {{costs.verification-small-tier-max-members}} y después {{costs.annual-review}} por la revisión anual.',
        'La verificación incluye además {{contacts.free-external-contacts}} gratis; por encima de eso, los proveedores de servicios hablan de unos {{costs.external-contacts-average-price}} de media, y [ninguna página oficial publica el precio de cada tramo]{costs.external-contact-band-prices:wecom}. [El archivo de conversaciones]{work-tools.chat-archiving}, [las licencias de API para apps de proveedores]{costs.service-provider-licences} y [los enlaces de captación]{costs.acquisition-links} son complementos de pago, y [según los proveedores, los precios reales solo aparecen en la consola de administración]{costs.external-contacts-average-price}, así que compruébalos allí antes de hacer números.',
      ],
    },
    switching: {
      question: '¿Cómo paso mis clientes de WeChat personal a WeCom?',
      answer: [
        'Uno a uno: [no conocemos ninguna forma de importarlos de una vez]{switching.bulk-import}, así que desde WeCom [envías una solicitud de amistad a cada amigo de WeChat]{switching.friend-requests-to-wechat-friends} y [cada uno tiene que aceptarla]{switching.friend-must-accept} para convertirse en tu cliente. Ninguna herramienta traslada [tu historial de chats]{switching.chat-history-moves} ni [tus publicaciones de Momentos]{switching.moments-move}, aunque ninguna página oficial lo diga expresamente.',
        'Una vez en WeCom, [los clientes se quedan en la empresa cuando alguien se va]{staff-leaving.customers-stay-with-company}, y los cambios entre compañeros se limitan a {{staff-leaving.active-transfer-limit}}. La copia de unas preguntas frecuentes de Tencent que publica un revendedor describe [un servicio de migración]{switching.enterprise-migration-service}, pero solo traslada clientes entre dos organizaciones de WeCom y [deja fuera a los contactos externos que no son clientes]{switching.migration-moves-plain-contacts}.',
      ],
    },
    adding: {
      question: '¿Cómo me añaden los clientes y hay un límite diario?',
      answer: [
        'Lo habitual es que escaneen tu código QR «Contáctame» o pulsen su botón, y [por defecto quedan añadidos sin que tengas que aprobarlos]{adding.contact-me-skips-approval}; puedes crear hasta {{adding.contact-me-configurations}}. [Los enlaces de captación funcionan también fuera de WeChat, en anuncios, webs o SMS]{adding.acquisition-link-outside-wechat}, pero [son de pago]{costs.acquisition-links}, y los clientes también pueden [encontrarte por tu número de teléfono, por una tarjeta compartida, en grupos o en Canales]{adding.other-channels}.',
        '[WeCom no publica ningún límite diario de solicitudes de amistad]{adding.daily-limit}, y las cifras que circulan en blogs no tienen ninguna fuente oficial.',
      ],
      myth: {
        belief: 'Existe un límite oficial fijo de amigos que puedes añadir cada día.',
        correction:
          '[Tampoco para WeChat personal lo publica ninguna página oficial]{adding.daily-limit:wechat}: según la prensa, el Centro de Seguridad de WeChat afirma que el uso normal no se restringe, y lo que activa sus defensas es [añadir amigos en masa con complementos no oficiales]{bans.plugins-banned:wechat}.',
      },
    },
    abroad: {
      question: '¿Puede una empresa de fuera de China continental usar y verificar WeCom?',
      answer: [
        'Usarlo, sí: [la app funciona fuera de China continental]{abroad.app-works-abroad} y [desde ella llegas a usuarios de WeChat sin que tengan que instalar otra app]{service-focus.reaches-wechat-users}. La verificación está menos clara, porque [las fuentes no coinciden]{abroad.overseas-verification-available}: una copia de una guía oficial describe una vía para organizaciones registradas en el extranjero, por {{costs.overseas-verification}}, mientras que un blog dice que no pueden verificarse, así que compruébalo en la consola de administración antes de contar con ello.',
        'La guía de un proveedor muestra [a un empleado que se da de alta con correo electrónico en vez de móvil]{abroad.register-with-email}, pero [no hemos encontrado nada oficial sobre los números de móvil extranjeros]{abroad.foreign-phone-numbers:wecom}. En cuanto a WeChat personal, [las cuentas con número extranjero siguen las condiciones de WeChat internacional]{abroad.wechat-international-terms:wechat}.',
      ],
    },
    bans: {
      question: '¿Me van a bloquear la cuenta?',
      answer: [
        'No por un uso normal: [el Centro de Seguridad de WeChat dice que el comportamiento habitual no se restringe]{bans.many-friends-banned:wechat}, y lo que lleva a restringir una cuenta es saltarse las normas, sobre todo con [complementos como la multicuenta, los emuladores o el control masivo de cuentas, que WeChat prohíbe]{bans.plugins-banned:wechat} y [WeCom también]{bans.plugins-banned}.',
        'En WeCom, las copias de sus normas que publican los proveedores de servicios dicen que [si se restringe la cuenta de WeChat vinculada a un empleado, este pierde el contacto con los usuarios de WeChat]{bans.bound-wechat-restriction} hasta que WeChat levanta la restricción, y lo recupera en un máximo de {{bans.unblock-delay}}. [En casos graves se puede bloquear toda la organización y a sus administradores]{bans.whole-org-ban}.',
      ],
      myth: {
        belief: 'Tener demasiados amigos hace que te bloqueen la cuenta de WeChat.',
        correction:
          '[El Centro de Seguridad de WeChat lo desmintió como un bulo]{bans.many-friends-banned:wechat}, según la prensa: el problema no es el número de amigos, sino [los complementos que añaden amigos en masa]{bans.plugins-banned:wechat} y los mensajes fraudulentos masivos.',
      },
    },
    automation: {
      question: '¿Qué puedo automatizar?',
      answer: [
        'Lo que permitan las herramientas oficiales de WeCom, pero nunca manejando la app: [las herramientas de terceros que controlan WeChat o WeCom incumplen las normas]{automation.unofficial-tools-banned} y ponen la cuenta en riesgo. Por la vía oficial, un bot de grupo puede publicar hasta {{automation.webhook-rate}} mediante webhook, y [un bot de IA oficial]{automation.ai-bot} puede responder en los chats, aunque no hemos podido confirmar que atienda a clientes.',
        'El contacto con clientes siempre pasa por una persona: [un envío masivo creado por API solo sale cuando el empleado lo confirma]{automation.mass-send-needs-member}, y [los mensajes de una app solo llegan a grupos internos creados por API]{automation.app-messages-internal-groups-only}. [Las fuentes no coinciden sobre si los bots de grupo funcionan en grupos de clientes]{automation.webhook-in-customer-groups}, así que no construyas nada que dependa de ello.',
      ],
    },
    privacy: {
      question: '¿Puede mi empresa leer mis chats?',
      answer: [
        'Solo tus chats de WeCom, y solo si la empresa paga [el archivo de conversaciones]{work-tools.chat-archiving}, que por lo que sabemos es [la única vía oficial para leerlos]{privacy.archive-needed-to-read-chats}; [tu WeChat personal queda fuera de su alcance]{privacy.personal-wechat-visible-to-employer}, según los proveedores de servicios. El archivo tiene {{privacy.archive-editions}}, desde solo los chats internos hasta los chats con clientes y las llamadas, y [registra si cada cliente lo acepta]{privacy.customer-consent-recorded}.',
        'Según varios blogs, [los empleados reciben un aviso de que sus chats se archivan]{privacy.member-notice} y [los clientes, de que los suyos pueden archivarse]{privacy.customer-notice}. Si dejas la organización por decisión propia, tu cuenta se borra al cabo de {{privacy.account-deleted-after-leaving}}, y [eliminar a un empleado borra sus mensajes de WeCom]{privacy.deletion-clears-messages}.',
      ],
    },
    'both-apps': {
      question: '¿Puedo usar WeChat y WeCom a la vez?',
      answer: [
        'Sí: [son apps separadas, con cuentas separadas, y las dos funcionan en el mismo teléfono]{both-apps.separate-apps}, aunque [sus historiales de chat no se unen]{both-apps.histories-merge}, según un blog. Tus clientes pueden distinguirlas, porque [en WeChat te ven como «Nombre@Empresa»]{both-apps.identity-label}, mientras que [una cuenta personal solo muestra tu apodo]{both-apps.identity-label:wechat}.',
        'Eso sí, las dos cuentas están vinculadas a efectos de sanciones: [si se restringe tu WeChat vinculado, tu cuenta de WeCom pierde el contacto con los usuarios de WeChat]{bans.bound-wechat-restriction} hasta que se levanta la restricción.',
      ],
    },
  },
};
