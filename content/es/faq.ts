import type { FaqContent } from '@/lib/schema/faq-words';

export const faq: FaqContent = {
  title: 'Preguntas prácticas sobre WeCom y WeChat',
  description:
    'Cuánto cuesta WeCom, cómo pasar a tus clientes, bloqueos, automatización y privacidad: respuestas breves, cada afirmación enlazada a su fuente.',
  intro:
    'Respuestas breves a lo que se suele preguntar antes de pasar el trabajo de WeChat personal a WeCom. Cada cifra y cada afirmación enlazan con su fila en los datos, donde se ven sus fuentes y hasta qué punto son fiables.',
  labels: {
    contents: 'En esta página',
    myth: 'Mito',
    whatSourcesSay: 'Lo que dicen las fuentes',
    readMore: 'Para saber más',
    rows: 'Los datos de la respuesta a «{question}»',
    costsPage: '¿Cuánto cuesta WeCom al año?',
    footerLink: 'Preguntas prácticas',
    homeTitle: 'Las preguntas más habituales',
    articleTitle: 'Preguntas prácticas sobre este tema',
  },
  topics: {
    costs: {
      question: '¿Cuánto me va a costar WeCom?',
      answer: [
        '[Registrarse, dar de alta a los empleados y usar las herramientas internas es gratis]{costs.core-features}, así que el gasto que hay que prever es la verificación, sin la cual no puedes pasar de {{contacts.unverified-org-cap}}. Para una organización de hasta {{costs.verification-small-tier-max-members}} cuesta {{service-focus.verification-fee}}, y la revisión anual que la mantiene vigente, {{costs.annual-review}}.',
        'Con la verificación vienen además, sin pagar nada, {{contacts.free-external-contacts}}; por encima de esa cifra, los proveedores de servicios hablan de una media de unos {{costs.external-contacts-average-price}}, y [ninguna página oficial publica el precio de cada tramo]{costs.external-contact-band-prices:wecom}. [El archivo de conversaciones]{work-tools.chat-archiving}, [las licencias de API para apps de proveedores]{costs.service-provider-licences} y [los enlaces de captación]{costs.acquisition-links} son complementos de pago, y [según los proveedores, los precios reales solo aparecen en la consola de administración]{costs.external-contacts-average-price}, así que compruébalos allí antes de hacer tu presupuesto.',
      ],
    },
    switching: {
      question: '¿Cómo paso mis clientes de WeChat personal a WeCom?',
      answer: [
        'Uno a uno: [no conocemos ninguna forma de importarlos de una vez]{switching.bulk-import}, así que desde WeCom [envías una solicitud de amistad a cada amigo de WeChat]{switching.friend-requests-to-wechat-friends}, y [cada uno tiene que aceptarla]{switching.friend-must-accept} para pasar a ser tu cliente. Ninguna herramienta traslada [tu historial de chats]{switching.chat-history-moves} ni [tus publicaciones de Momentos]{switching.moments-move}, aunque no hay página oficial que lo diga expresamente.',
        'Una vez en WeCom, [los clientes se quedan en la empresa cuando alguien se va]{staff-leaving.customers-stay-with-company}, y los cambios de un compañero a otro están limitados a {{staff-leaving.active-transfer-limit}}. La copia de unas preguntas frecuentes de Tencent publicada por un revendedor describe [un servicio de migración]{switching.enterprise-migration-service}, pero este solo traslada clientes entre dos organizaciones de WeCom y [deja fuera a los contactos externos que no son clientes]{switching.migration-moves-plain-contacts}.',
      ],
    },
    adding: {
      question: '¿Cómo me añaden los clientes? ¿Hay un límite diario?',
      answer: [
        'Lo habitual es que escaneen tu código QR «Contáctame» o toquen su botón, y [por defecto quedan añadidos sin que tengas que aprobarlos]{adding.contact-me-skips-approval}; puedes crear hasta {{adding.contact-me-configurations}}. [Los enlaces de captación funcionan también fuera de WeChat, en anuncios, páginas web o SMS]{adding.acquisition-link-outside-wechat}, pero [son de pago]{costs.acquisition-links}; además, los clientes pueden [encontrarte por tu número de teléfono, a través de una tarjeta compartida, en grupos o en Channels]{adding.other-channels}.',
        '[WeCom no publica ningún límite diario de solicitudes de amistad]{adding.daily-limit}, y las cifras que circulan en blogs no tienen fuente oficial.',
      ],
      myth: {
        belief: 'Hay un límite oficial fijo de amigos que se pueden añadir cada día.',
        correction:
          '[Tampoco hay un límite oficial para WeChat personal]{adding.daily-limit:wechat}: el Centro de Seguridad de WeChat afirma que el uso normal no se restringe, y lo que activa sus defensas es [añadir amigos en masa con complementos no oficiales]{bans.plugins-banned:wechat}.',
      },
    },
    abroad: {
      question: '¿Puede una empresa de fuera de China continental usar y verificar WeCom?',
      answer: [
        'Usarlo, sí: [la app funciona fuera de China continental]{abroad.app-works-abroad} y [desde ella llegas a usuarios de WeChat sin que tengan que instalar otra app]{service-focus.reaches-wechat-users}. La verificación está menos clara: [una copia de una guía oficial describe un trámite para organizaciones registradas en el extranjero]{abroad.overseas-verification-available}, por {{costs.overseas-verification}}, mientras que un blog dice que no pueden verificarse. Antes de contar con ello, compruébalo en la consola de administración.',
        'La guía de un proveedor muestra [a un empleado que se da de alta con un correo electrónico en lugar de un número de teléfono]{abroad.register-with-email}, pero [no hemos encontrado nada oficial sobre los números de teléfono extranjeros]{abroad.foreign-phone-numbers:wecom}. En WeChat personal, [las cuentas con número extranjero se rigen por las condiciones de la versión internacional de WeChat]{abroad.wechat-international-terms:wechat}.',
      ],
    },
    bans: {
      question: '¿Me van a bloquear la cuenta?',
      answer: [
        'Por un uso normal, no: [el Centro de Seguridad de WeChat dice que el comportamiento habitual no se restringe]{bans.many-friends-banned:wechat}, y las sanciones llegan por saltarse las normas, sobre todo con [complementos no oficiales, como los que abren varias cuentas a la vez, los emuladores o los programas de control masivo, que WeChat prohíbe]{bans.plugins-banned:wechat} y [WeCom también]{bans.plugins-banned}.',
        'En WeCom, según las copias de sus normas que publican los proveedores de servicios, [si se restringe la cuenta de WeChat vinculada a un empleado, este pierde el contacto con los usuarios de WeChat]{bans.bound-wechat-restriction} hasta que WeChat levante la restricción, y lo recupera como máximo {{bans.unblock-delay}} después. [En casos graves, el bloqueo puede alcanzar a toda la organización y a sus administradores]{bans.whole-org-ban}.',
      ],
      myth: {
        belief: 'Tener demasiados amigos hace que te bloqueen la cuenta de WeChat.',
        correction:
          '[El Centro de Seguridad de WeChat lo calificó de rumor falso]{bans.many-friends-banned:wechat}: el problema no es el número de amigos, sino [los complementos que añaden amigos en masa]{bans.plugins-banned:wechat} y el envío de mensajes fraudulentos a gran escala.',
      },
    },
    automation: {
      question: '¿Qué puedo automatizar?',
      answer: [
        'Lo que permitan las herramientas oficiales de WeCom, nunca un programa que maneje la app por ti: [las herramientas de terceros que controlan WeChat o WeCom incumplen las normas]{automation.unofficial-tools-banned} y ponen en riesgo la cuenta. Por la vía oficial, un bot de grupo puede publicar hasta {{automation.webhook-rate}} mediante webhook, y [un bot de IA oficial]{automation.ai-bot} puede responder en los chats, aunque no hemos podido confirmar que atienda a clientes. WeChat personal también tiene uno: [el complemento oficial ClawBot, que solo responde en chats individuales, no en grupos]{automation.ai-bot:wechat}.',
        'El contacto con clientes sigue pasando por una persona: [un envío masivo creado con la API solo sale cuando el empleado lo confirma]{automation.mass-send-needs-member}, y [los mensajes de una app solo llegan a grupos internos creados con la API]{automation.app-messages-internal-groups-only}. No está claro [si los bots de grupo funcionan en grupos de clientes]{automation.webhook-in-customer-groups}: el equipo de WeCom de Tencent afirma que esos grupos requieren una aprobación de producto y de cumplimiento normativo, mientras que algunos proveedores dicen que ahí sí funcionan, así que no construyas nada que dependa de ello.',
      ],
    },
    privacy: {
      question: '¿Puede mi empresa leer mis chats?',
      answer: [
        'Solo los de WeCom, y solo si la empresa paga [el archivo de conversaciones]{work-tools.chat-archiving}, que por lo que sabemos es [la única vía oficial para leerlos]{privacy.archive-needed-to-read-chats}; según los proveedores de servicios, [tu WeChat personal queda fuera del alcance de la empresa]{privacy.personal-wechat-visible-to-employer}. El archivo tiene {{privacy.archive-editions}}, desde una que solo cubre los chats internos hasta otra que incluye los chats con clientes y las llamadas, y [registra si cada cliente da su consentimiento]{privacy.customer-consent-recorded}.',
        'Según varios blogs, [los empleados reciben un aviso de que sus chats se archivan]{privacy.member-notice} y [los clientes, de que los suyos pueden archivarse]{privacy.customer-notice}. Si dejas la organización por decisión propia y no te vuelven a invitar, tu cuenta se borra al cabo de {{privacy.account-deleted-after-leaving}}, y [al eliminar a un empleado desaparecen sus mensajes de WeCom]{privacy.deletion-clears-messages}.',
      ],
    },
    'both-apps': {
      question: '¿Puedo usar WeChat y WeCom a la vez?',
      answer: [
        'Sí: [son apps distintas, con cuentas distintas, y las dos pueden convivir en el mismo teléfono]{both-apps.separate-apps}, aunque, según un blog, [sus historiales de chat no se combinan]{both-apps.histories-merge}. Tus clientes pueden distinguir una cuenta de la otra, porque [en WeChat te ven como «Nombre@Empresa»]{both-apps.identity-label}, mientras que [tu cuenta personal solo muestra tu apodo]{both-apps.identity-label:wechat}.',
        'Eso sí, a efectos de sanciones las dos cuentas están vinculadas: [si se restringe tu WeChat, tu cuenta de WeCom pierde el contacto con los usuarios de WeChat]{bans.bound-wechat-restriction} hasta que se levante la restricción.',
      ],
    },
  },
};
