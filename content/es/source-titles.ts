import type { SourceId } from '@/content/sources';

/** Source titles in Spanish, for sources whose own title is in another language. The original title is shown next to it. */
export const sourceTitles: Partial<Record<SourceId, string>> = {
  'wecom-dev-96331':
    'Centro de desarrolladores de WeCom · Asignar los clientes de un miembro que se ha ido',
  'wecom-dev-92127-copy':
    'QQ::weixin::work::externalcontact::groupchat (copia de la documentación oficial de WeCom 92127 / 95703)',
  'wecom-dev-96333':
    'Centro de desarrolladores de WeCom · Consultar el estado de la transferencia de clientes',
  'wecom-dev-96325':
    'Centro de desarrolladores de WeCom · Transferencia de clientes entre empleados en activo',
  'wecom-dev-96308': 'Centro de desarrolladores de WeCom · Perfil externo de los miembros',
  'wecom-dev-92230':
    'Centro de desarrolladores de WeCom · Tarjeta de visita externa y nombre corto de la empresa',
  'wecom-dev-96923':
    'Centro de desarrolladores de WeCom · Crear una tarea de publicación en Momentos de clientes',
  'wecom-dev-97005':
    'Centro de desarrolladores de WeCom · Contenido de las publicaciones en Momentos de clientes',
  'wecom-dev-98429':
    'Centro de desarrolladores de WeCom · Abrir una conversación (ww.openEnterpriseChat)',
  'wecom-dev-99547':
    'Centro de desarrolladores de WeCom · Gestión del código QR dinámico de grupo («Unirse al chat de grupo») de los grupos de clientes',
  'wecom-dev-92135':
    'Centro de desarrolladores de WeCom · Crear un envío masivo a clientes de la empresa',
  'wecom-dev-96997':
    'Centro de desarrolladores de WeCom · wx.qy.shareToExternalContact (miniprograma)',
  'wecom-dev-93496': 'Centro de desarrolladores de WeCom · Informes',
  'wecom-dev-95652': 'Centro de desarrolladores de WeCom · Licencias de API',
  'wecom-dev-91614': 'Centro de desarrolladores de WeCom · Archivo de conversaciones',
  'chinadailyhk-143779': 'Tencent cambia el nombre de WeChat Work a WeCom',
  'sztqb-2020-09-21': 'La versión internacional de 企业微信 (WeChat Work) pasa a llamarse WeCom',
  'nowshenzhen-2020-01': 'El fundador de WeChat anuncia cambios: el futuro de WeChat',
  'gootoo-2014-05-22':
    'WeChat limita a 5000 el número de amigos (Diario Vespertino de Pekín / 北京晚报)',
  'adminso-61284':
    'Los chats de grupo de WeChat de más de 100 personas exigen verificación con nombre real',
  'siliu-w8e9eqw7dr': 'Diferencias entre WeCom y WeChat personal',
  'wescrm-7117': 'WeCom: explicación del cupo de contactos externos',
  'wshoto-307963': 'WeCom: cupo de contactos externos y tarifas',
  'wescrm-8109': 'WeCom: diferencias entre organizaciones verificadas y sin verificar',
  'wescrm-8852': '¿Cuántos clientes se pueden añadir en WeCom?',
  'siyuliuliang-7810': 'Límite de clientes en WeCom',
  'zhangxingjun-1651': 'Límite de amigos en WeCom',
  'shigaofeng-921263': 'WeChat: «El número de contactos de la agenda ha alcanzado el límite»',
  'niaogebiji-25641': 'WeCom: verificación, nombres cortos y límites de registro',
  'site9969-5059': 'Configuración del perfil personal de WeChat',
  'qbnews-583243': '¿Cuántas veces al año se puede cambiar el ID de WeChat?',
  'weixinsiwei-458': '¡10 diferencias entre WeCom y WeChat personal!',
  'weiban-blog-3609': 'Número máximo de miembros de un grupo de WeCom',
  'ikscrm-3021': 'Número máximo de miembros de un grupo de toda la empresa en WeCom',
  'ab173-2349':
    'A un grupo de WeCom de más de 200 personas no se puede entrar escaneando el código QR',
  'hixs-2024-04-18': 'Límite de miembros para entrar en un grupo de WeCom escaneando el código QR',
  'qumiaodong-9lye4k':
    'A un grupo de WeChat de más de 200 personas no se puede entrar escaneando el código QR',
  'wen200-27': 'Usuarios de WeChat personal que se unen a grupos de WeCom',
  'weiban-help-2022-05-13': 'Envío masivo a grupos de clientes',
  'weiban-help-2023-01-29': '¿Qué límites tiene el envío masivo a clientes?',
  'btcdatabaseas-customers':
    'Los clientes recibirán… (reglas del envío masivo a clientes de WeCom)',
  'hexdocs-groupmsg':
    'WeChat.Work.Customer.GroupMsg (copia de una versión anterior de la documentación oficial de WeCom)',
  'nctoro-a101722':
    '¿A cuántas personas se puede enviar a la vez con el asistente de difusión de WeChat?',
  'nctoro-51045': 'Cómo usar el asistente de difusión de WeChat',
  'wxjava-pr-3145':
    'Pull request 3145 de WxJava (Javadoc que copia las descripciones oficiales de campos de 92135)',
  'easyink-moments-release':
    'easyink_Dashboard · src/views/friendsCircle/release.vue (pantalla de publicación en Momentos de clientes)',
  'showdoc-yunzhenji-11490698131402110': 'Enviar instrucciones (documentación de la API de 云臻极)',
  'xiaoweiju-2093': 'Capacidad de WeDrive en WeCom',
  'weixinsiwei-8380': 'Espacio gratuito de WeDrive en WeCom',
  'wescrm-4322': 'WeDrive de WeCom: explicación de la capacidad',
  'wescrm-7959': 'Tarifas de verificación de WeCom',
  'wshoto-225851': 'Verificación y revisión anual de WeCom',
  'wecom-dev-97182': 'Centro de desarrolladores de WeCom · Comprar cuentas de licencia',
  'wecom-dev-97400':
    'Centro de desarrolladores de WeCom · Consultar el cupo restante del asistente de captación de clientes',
  'wecom-dev-97299':
    'Centro de desarrolladores de WeCom · Avisos de eventos del asistente de captación de clientes',
  'wecom-dev-99610':
    'Centro de desarrolladores de WeCom · Obtener la autorización del componente de captación de clientes',
  'wecom-dev-96358':
    'Centro de desarrolladores de WeCom · Obtener las estadísticas de contacto con clientes',
  'wecom-dev-96348': 'Centro de desarrolladores de WeCom · Gestión del código «Contáctame»',
  'wecom-dev-96311': 'Centro de desarrolladores de WeCom · Configurar el código «Contáctame»',
  'wecom-dev-99482':
    'Centro de desarrolladores de WeCom · Asistente de captación de clientes: introducción',
  'wecom-dev-97398':
    'Centro de desarrolladores de WeCom · Gestión de los enlaces de captación de clientes',
  'wecom-dev-101359': 'Centro de desarrolladores de WeCom · Enlaces de captación de clientes',
  'wecom-dev-96315': 'Centro de desarrolladores de WeCom · Obtener los datos de un cliente',
  'wecom-dev-91770':
    'Centro de desarrolladores de WeCom · Configurar el envío de mensajes (antes, bot de grupo)',
  'wecom-dev-101039': 'Centro de desarrolladores de WeCom · Bot inteligente: introducción',
  'wecom-dev-101463':
    'Centro de desarrolladores de WeCom · Conexión persistente del bot inteligente',
  'wecom-dev-90244':
    'Centro de desarrolladores de WeCom · Enviar mensajes de una app a chats de grupo',
  'wecom-dev-101350':
    'Centro de desarrolladores de WeCom · Ediciones del archivo de conversaciones',
  'wecom-dev-91782':
    'Centro de desarrolladores de WeCom · Consultar el consentimiento de los clientes al archivo de conversaciones',
  'wecom-dev-92005':
    'Centro de desarrolladores de WeCom · Aviso cuando un cliente acepta el archivo de conversaciones',
  'wecom-dev-101385':
    'Centro de desarrolladores de WeCom · Aviso cuando un cliente acepta el archivo de conversaciones',
  'wecom-dev-101365':
    'Centro de desarrolladores de WeCom · Zona de datos e inteligencia · Obtener el registro de conversaciones',
  'tencentcloud-248-38208': 'Documentación de Tencent Cloud · Configurar un bot de grupo de WeCom',
  'wenjiangs-bdf87f57-e243':
    'Guía para solicitar en línea la verificación WeCom de empresas registradas fuera de China continental',
  'zsmhub-workweixin-stats':
    'workweixin v1.3.1 · «Obtener las estadísticas de contacto con clientes» (copia de la documentación oficial de WeCom)',
  'vcqqcno-2340':
    'Preguntas frecuentes sobre el servicio de migración de datos de WeCom de Tencent',
  'weworkbot-unpkg':
    'weworkbot@1.4.1 · dist/index.d.ts (API del bot de grupo, con citas de la documentación oficial)',
  'k8scat-goutils-wecom': 'Paquete wecom · github.com/k8scat/goutils/message/wecom',
  'go-workwx-msg-audit': 'go-workwx v0.1.5 · msg_audit.go (archivo de conversaciones)',
  'ydadm-2301': 'WeCom: qué pasa con los datos de un miembro eliminado o que se va',
  'maxnews-reuters-2020-09':
    'Tencent cambia el nombre de la app WeChat Work a WeCom antes del veto de Trump',
  'etnet-360107846':
    'Centro de Seguridad de WeChat: las «nuevas reglas de bloqueo» que circulan son falsas',
  'caiding5-92104':
    'El Centro de Seguridad de WeChat desmiente las «nuevas reglas de bloqueo» (Beijing Daily)',
  'fkpjhm-7371':
    'El Centro de Seguridad de WeChat persigue los complementos no oficiales, prohibidos expresamente (Xinhua)',
  'qqemailbj-1327': 'WeCom: funciones gratuitas y servicios de pago',
  'wescrm-8110': 'Funciones gratuitas de WeCom y cómo ven los clientes a los empleados',
  'codetd-16262243':
    'Tasas de verificación y revisión anual de WeCom (traducción japonesa del texto oficial)',
  'aoaoao-124': 'Verificación de WeCom: trámite, tasas y revisión anual',
  'weijub-news-15': 'Cobro del cupo de contactos externos de WeCom',
  'vipfu-5313': 'Ampliación del cupo de contactos externos de WeCom: cómo se cobra',
  'taokef-2628': 'Archivo de conversaciones de WeCom: activación y precio',
  'wescrm-6626': 'Cómo se cobran las licencias de API de WeCom',
  'zhaofengkj8-4713': 'Cuentas de interconexión de WeCom: un ejemplo de cobro',
  'huire-1782': 'Capacidad de WeDrive en WeCom y espacio adicional',
  'site1234660-19895': 'El historial de chats entre WeCom y WeChat personal',
  'wshoto-17250': 'Límite diario para añadir amigos en WeCom',
  'wshoto-3480': 'Por qué se bloquean cuentas de WeCom y límites al añadir amigos',
  'smarsh-onboarding-email': 'Alta por correo electrónico (Capture Mobile)',
  'askwikinow-wechat': 'WeChat (copia del artículo de Wikipedia)',
  'wshoto-17152': 'Infracciones y sanciones en WeCom',
  'wshoto-4798': 'Normas de bloqueo de cuentas de WeCom',
  'kxxai-3811': 'Normas de WeCom sobre infracciones y sanciones',
  'site037163-4560': 'Límites de frecuencia al añadir amigos en WeCom y sanciones',
  'qwenlm-wecom-webhook': 'Webhook de WeCom (canales de Qwen Code)',
  'csdn-imaniy-140296589': 'Bots en grupos externos de WeCom y opciones de automatización',
  'hey99-csdn-156989571': 'Añadir un bot de grupo a un grupo externo de WeCom',
  'damodev-694def36': 'Envío de mensajes con bots en grupos externos de WeCom',
  'xpykjsws-1069927': 'Cómo avisa a los clientes el archivo de conversaciones de WeCom',
  'xiaokefu-28995': 'Archivo de conversaciones de WeCom: activación y consentimiento',
  'fudaoke-2589893': 'Cómo avisa a los empleados el archivo de conversaciones de WeCom',
  'site88ming-1120': 'El archivo de conversaciones de WeCom, explicado',
  'hdtianhao-ef5efa7f': 'La cuenta y los datos de un miembro de WeCom cuando se va',
  'huire-847': 'WeCom: la cuenta de un miembro que deja la organización',
  'huawan-6763': 'La privacidad entre WeCom y el WeChat personal de los empleados',
  'zuohaisu-wecom-archive-guide': 'Guía de uso · Crowntime WeCom Archive',
  'safing-118': 'La etiqueta de empresa de una organización de WeCom verificada',
  'wecomteam-wecom-cli-readme':
    'wecom-cli · README.md (la herramienta de línea de comandos de WeCom: qué abarca)',
  'wecomteam-wecom-cli-52':
    'wecom-cli, incidencia 52: bots en grupos externos (grupos de clientes de WeChat)',
  'tencent-openclaw-weixin-readme':
    'openclaw-weixin · README.zh_CN.md (el complemento de canal ClawBot de WeChat)',
  'tencent-openclaw-weixin-185':
    'openclaw-weixin, incidencia 185: ClawBot solo responde en las 24 horas siguientes al mensaje del usuario',
  'ytkah-wechat-help-2015':
    'Los grupos de WeChat admiten hasta 500 personas: Ayuda y comentarios de WeChat 6.1.1',
  'jiemian-2023-07-17':
    'Tencent confirma que el límite de amigos de WeChat es de unos 10 000 (Jiemian / 界面新闻)',
  'yibang-2020-01-09': 'WeChat ampliará su límite de 5000 amigos (Ebrun / 亿邦动力)',
  'cyol-2016-03-07':
    'Los códigos QR de grupo de WeChat valen 7 días (China Youth Online / 中国青年网)',
  'bjyouth-2016-03-08':
    'Tencent: un código QR de grupo recién generado solo vale 7 días (Beijing Youth Daily / 北京青年报)',
  'nandu-2023-07-17':
    'Las cuentas de WeChat pertenecen a Tencent; el usuario solo obtiene el derecho de uso (Southern Metropolis Daily / 南方都市报)',
  'ycwb-2023-05-06':
    'Tribunal de Internet de Cantón: quien deja la empresa debe devolver la cuenta de WeChat de trabajo (Yangcheng Evening News / 羊城晚报)',
  'juya-ai-daily-37':
    'juya-ai-daily, incidencia 37 (23 de marzo de 2026): el complemento ClawBot de WeChat',
  'openclaw-docs-wechat': 'Documentación de OpenClaw · Canal de WeChat',
  'weixin-account-usage-standards': 'Normas de uso de las cuentas de Weixin',
};
