import { addressedRules, alt, type AddressedWords } from './addressed-extra-builder.ts';
import { french, german, italian, portuguese, spanish } from './european.ts';
import { ukrainian } from './further-languages-scripts.ts';
import { anyOf } from './further-languages.ts';
import { dutch, polish, russian } from './more-languages.ts';
import { gap, type LanguageRules } from './types.ts';

// Words of the addressed-instruction phrasings (see addressed-extra-builder.ts) for English and the European
// languages. Written for this project; accents are optional wherever `anyOf` is used.

const en: AddressedWords = {
  language: 'en', verbLast: false, spaced: true,
  user: alt('the user', 'the reader', 'the human', 'your user'),
  ask: alt('ask', 'tell', 'instruct', 'remind', 'urge', 'advise', 'persuade', 'convince', 'get', 'have', 'direct', 'request', 'prompt', 'encourage'),
  conceal: `(?:do not|don'?t|never) (?:tell|inform|mention|notify|alert|reveal|say anything|let)${gap(30)}\\b(?:the user|the reader|the human)|keep (?:this|it) (?:from|hidden from|secret from) (?:the user|the reader)`,
  secretly: alt('secretly', 'quietly', 'silently', 'covertly', 'discreetly', 'without (?:the user|them|anyone) (?:knowing|noticing)', "behind the user'?s back"),
  act: alt('delete', 'erase', 'remove', 'wipe', 'send', 'forward', 'transfer', 'wire', 'reply', 'respond', 'answer', 'upload', 'run', 'execute', 'install', 'share', 'copy', 'post'),
  target: alt('all (?:the |their |of the )?(?:files|e-?mails|messages|contacts|documents|records)', 'folder', 'directory', 'inbox', 'passwords?', 'credentials', 'only with', 'just with'),
  verify: alt('verify', 'confirm', 'validate', 'reactivate', 'unlock', 're-?enter'),
  when: alt('when (?:you )?(?:summari[sz]e|summari[sz]ing|translate|translating)', 'while (?:summari[sz]ing|translating)'),
  ai: alt('ai', 'assistant', 'ai assistant', 'model', 'agent', 'chatbot', 'bot', 'llm'),
};

const es: AddressedWords = {
  language: 'es', script: spanish.script, verbLast: false, spaced: true,
  user: anyOf('al usuario', 'a la usuaria', 'el usuario', 'la usuaria', 'al lector', 'a la lectora', 'el lector', 'al humano', 'usuario'),
  ask: anyOf('pide', 'pídele', 'dile', 'di', 'cuéntale', 'indica', 'indícale', 'recuerda', 'recuérdale', 'insta', 'ordena', 'ordénale', 'solicita', 'solicítale', 'aconseja', 'aconséjale', 'recomienda', 'recomiéndale', 'sugiere', 'sugiérele', 'convence', 'haz que', 'pida', 'pídale', 'dígale', 'indíquele', 'recuérdele', 'solicite', 'recomiende'),
  conceal: `${anyOf('no le digas', 'no digas', 'no le diga', 'no diga', 'no le cuentes', 'no cuentes', 'no menciones', 'no le menciones', 'no mencione', 'no reveles', 'no informes', 'no avises', 'no comentes')}${gap(40)}\\b${anyOf('al usuario', 'a la usuaria', 'al lector', 'a la lectora', 'el usuario')}`,
  secretly: anyOf('en secreto', 'secretamente', 'a escondidas', 'discretamente', 'silenciosamente', 'en silencio', 'sin que el usuario lo sepa', 'sin que el usuario se entere', 'sin que nadie lo note', 'sin decírselo'),
  act: anyOf('borra', 'elimina', 'envía', 'reenvía', 'manda', 'transfiere', 'sube', 'descarga', 'ejecuta', 'instala', 'responde', 'contesta', 'publica', 'comparte', 'copia', 'borre', 'elimine', 'envíe', 'reenvíe', 'transfiera', 'ejecute', 'responda', 'conteste', 'comparta'),
  target: anyOf('todos los archivos', 'todos los ficheros', 'todos los correos', 'todos los mensajes', 'todos los contactos', 'todos los documentos', 'la carpeta', 'el directorio', 'la bandeja', 'contraseña', 'contraseñas', 'credenciales', 'solo con', 'solamente con', 'únicamente con'),
  verify: `${anyOf('verifi', 'confirm', 'valid', 'reactiv', 'desbloque')}\\p{L}{0,8}`,
  when: anyOf('al resumir', 'al traducir', 'cuando resumas', 'cuando traduzcas', 'cuando leas este', 'al leer este', 'al procesar este'),
  ai: anyOf('ia', 'asistente', 'modelo', 'agente', 'chatbot', 'bot'),
};

const fr: AddressedWords = {
  language: 'fr', script: french.script, verbLast: false, spaced: true,
  user: `${anyOf("à l'utilisateur", "à l'utilisatrice", "l'utilisateur", "l'utilisatrice", 'au lecteur', 'à la lectrice', 'le lecteur', "à l'humain")}`,
  ask: anyOf('demande', 'dis', 'rappelle', 'indique', 'conseille', 'recommande', 'invite', 'incite', 'ordonne', 'pousse', 'exhorte', 'suggère', 'fais en sorte que', 'demandez', 'dites', 'rappelez', 'indiquez', 'conseillez', 'recommandez', 'invitez', 'incitez', 'suggérez', 'demande-lui', 'dis-lui'),
  conceal: `${anyOf('ne dis', 'ne dites', 'ne révèle', 'ne révélez', 'ne mentionne', 'ne mentionnez', 'ne raconte', 'ne racontez', 'ne parle', 'ne parlez', 'ne signale', 'ne signalez', "n'informe", "n'informez", "n'en parle", "n'en parlez", 'ne préviens', 'ne prévenez')}${gap(40)}\\b${anyOf("à l'utilisateur", "à l'utilisatrice", "l'utilisateur", 'au lecteur', 'à la lectrice')}`,
  secretly: anyOf('en secret', 'secrètement', 'discrètement', 'en douce', 'silencieusement', 'en silence', 'à son insu', "sans que l'utilisateur le sache", "sans que l'utilisateur ne le remarque", 'sans le lui dire'),
  act: anyOf('supprime', 'supprimez', 'efface', 'effacez', 'envoie', 'envoyez', 'transfère', 'transférez', 'réponds', 'répondez', 'télécharge', 'téléchargez', 'exécute', 'exécutez', 'installe', 'installez', 'partage', 'partagez', 'copie', 'copiez', 'publie', 'publiez', 'vire', 'virez'),
  target: anyOf('tous les fichiers', 'tous les e-mails', 'tous les mails', 'tous les courriels', 'tous les messages', 'tous les contacts', 'tous les documents', 'le dossier', 'le répertoire', 'la boîte', 'mot de passe', 'mots de passe', 'identifiants', 'uniquement par', 'seulement par', 'uniquement avec'),
  verify: `${anyOf('vérifi', 'confirm', 'valid', 'réactiv', 'débloqu')}\\p{L}{0,8}`,
  when: anyOf('en résumant', 'en traduisant', 'lorsque tu résumes', 'quand tu résumes', 'lorsque vous résumez', 'quand vous résumez', 'lorsque tu traduis', 'quand tu traduis'),
  ai: anyOf("l'ia", 'ia', 'assistant', "l'assistant", 'modèle', 'agent', 'chatbot', 'bot'),
};

const deUser = `(?:${anyOf('dem', 'den', 'der', 'die')} )?${anyOf('nutzer', 'benutzer', 'anwender', 'leser', 'user')}(?:in|n)?`;
const de: AddressedWords = {
  language: 'de', script: german.script, verbLast: false, spaced: true,
  user: deUser,
  ask: anyOf('bitte', 'bitten sie', 'fordere', 'fordern sie', 'sag', 'sage', 'sagen sie', 'erinnere', 'erinnern sie', 'empfiehl', 'empfehlen sie', 'rate', 'raten sie', 'weise', 'weisen sie', 'überrede', 'überzeuge', 'veranlasse', 'frag', 'frage', 'fragen sie', 'teile', 'teilen sie', 'informiere'),
  conceal: `${anyOf('erzähle', 'erzähl', 'sag', 'sage', 'verrate', 'erwähne', 'teile', 'erzählen sie', 'sagen sie', 'verraten sie', 'erwähnen sie')}${gap(10)}\\b(?:${anyOf('nichts', 'nicht', 'kein wort')}${gap(40)}\\b${deUser}|${deUser}${gap(6)}\\b${anyOf('nichts', 'nicht', 'kein wort')})`,
  secretly: anyOf('heimlich', 'insgeheim', 'unbemerkt', 'im geheimen', 'still und leise', 'stillschweigend', 'klammheimlich', 'ohne dass der nutzer es merkt', 'ohne dass der benutzer es merkt', 'ohne es dem nutzer zu sagen', 'ohne es dem benutzer zu sagen'),
  act: anyOf('lösche', 'lösch', 'entferne', 'sende', 'schicke', 'schick', 'leite', 'überweise', 'antworte', 'lade', 'führe', 'installiere', 'kopiere', 'übertrage', 'veröffentliche', 'löschen sie', 'senden sie', 'schicken sie', 'leiten sie', 'überweisen sie', 'antworten sie'),
  target: `${anyOf('alle dateien', 'alle e-mails', 'alle mails', 'alle nachrichten', 'alle kontakte', 'alle dokumente', 'ordner', 'verzeichnis', 'arbeitsverzeichnis', 'postfach', 'zugangsdaten', 'nur mit')}|${anyOf('passwort', 'passwörter', 'kennwort')}`,
  verify: `${anyOf('verifizier', 'bestätig', 'validier', 'reaktivier', 'entsperr', 'freischalt')}\\p{L}{0,6}`,
  when: anyOf('beim zusammenfassen', 'beim übersetzen', 'wenn du zusammenfasst', 'wenn du das zusammenfasst', 'wenn du dies zusammenfasst', 'wenn du übersetzt', 'wenn sie zusammenfassen', 'bei der zusammenfassung'),
  ai: anyOf('ki', 'ai', 'assistent', 'modell', 'agent', 'chatbot', 'bot'),
};

const it: AddressedWords = {
  language: 'it', script: italian.script, verbLast: false, spaced: true,
  user: `(?:${anyOf("all'", "l'", 'al ', 'il ', "all’", "l’")})?${anyOf('utente', 'lettore', 'lettrice')}`,
  ask: anyOf('chiedi', 'chiedigli', "di'", 'dì', 'digli', 'dille', 'ricorda', 'ricordagli', 'invita', 'consiglia', 'raccomanda', 'esorta', 'convinci', 'ordina', 'suggerisci', 'fai in modo che', 'chieda', 'dica', 'inviti', 'ricordi', 'consigli'),
  conceal: `${anyOf('non dire', 'non dirgli', 'non raccontare', 'non menzionare', 'non rivelare', 'non informare', 'non avvisare', 'non accennare', 'non dica', 'non riferire')}${gap(40)}(?:${anyOf("all'", "l'", 'al ', 'il ', "all’")})${anyOf('utente', 'lettore')}`,
  secretly: anyOf('di nascosto', 'segretamente', 'in segreto', 'silenziosamente', 'in silenzio', "all'insaputa", "senza che l'utente lo sappia", "senza che l'utente se ne accorga", 'senza dirglielo'),
  act: anyOf('elimina', 'cancella', 'invia', 'manda', 'inoltra', 'trasferisci', 'rispondi', 'carica', 'esegui', 'installa', 'condividi', 'copia', 'pubblica', 'elimini', 'cancelli', 'invii', 'inoltri', 'risponda'),
  target: anyOf('tutti i file', 'tutte le email', 'tutte le e-mail', 'tutti i messaggi', 'tutti i contatti', 'tutti i documenti', 'la cartella', 'la directory', 'la casella', 'password', 'credenziali', 'solo con', 'soltanto con'),
  verify: `${anyOf('verific', 'conferm', 'convalid', 'riattiv', 'sblocc')}\\p{L}{0,8}`,
  when: anyOf('quando riassumi', 'quando traduci', 'nel riassumere', 'nel tradurre', 'mentre riassumi', 'mentre traduci'),
  ai: anyOf("l'ia", 'ia', 'assistente', "l'assistente", 'modello', 'agente', 'chatbot', 'bot'),
};

const pt: AddressedWords = {
  language: 'pt', script: portuguese.script, verbLast: false, spaced: true,
  user: anyOf('ao usuário', 'à usuária', 'o usuário', 'a usuária', 'ao utilizador', 'o utilizador', 'ao leitor', 'à leitora', 'o leitor'),
  ask: anyOf('peça', 'pede', 'diga', 'diz', 'lembre', 'lembra', 'aconselhe', 'recomende', 'instrua', 'oriente', 'convença', 'incentive', 'solicite', 'faça com que', 'pedir', 'avise'),
  conceal: `${anyOf('não diga', 'não digas', 'não conte', 'não contes', 'não mencione', 'não menciones', 'não revele', 'não informe', 'não avise', 'não fale', 'não comente')}${gap(40)}\\b${anyOf('ao usuário', 'à usuária', 'o usuário', 'ao utilizador', 'o utilizador', 'ao leitor')}`,
  secretly: anyOf('em segredo', 'secretamente', 'às escondidas', 'discretamente', 'silenciosamente', 'em silêncio', 'sem que o usuário saiba', 'sem que o usuário perceba', 'sem que o utilizador saiba', 'sem o usuário saber', 'sem avisar'),
  act: anyOf('apague', 'apaga', 'exclua', 'exclui', 'delete', 'envie', 'envia', 'mande', 'manda', 'encaminhe', 'encaminha', 'transfira', 'transfere', 'responda', 'responde', 'carregue', 'execute', 'executa', 'instale', 'instala', 'compartilhe', 'partilhe', 'copie'),
  target: anyOf('todos os arquivos', 'todos os ficheiros', 'todos os e-mails', 'todos os emails', 'todas as mensagens', 'todos os contatos', 'todos os contactos', 'todos os documentos', 'a pasta', 'o diretório', 'a caixa', 'senha', 'senhas', 'palavra-passe', 'credenciais', 'apenas com', 'somente com', 'só com'),
  verify: `${anyOf('verifi', 'confirm', 'valid', 'reativ', 'desbloque')}\\p{L}{0,8}`,
  when: anyOf('ao resumir', 'ao traduzir', 'quando resumir', 'quando traduzir', 'ao ler este', 'ao processar este'),
  ai: anyOf('ia', 'assistente', 'modelo', 'agente', 'chatbot', 'bot'),
};

const nlUser = `(?:de |het )?${anyOf('gebruiker', 'lezer')}`;
const nl: AddressedWords = {
  language: 'nl', script: dutch.script, verbLast: false, spaced: true,
  user: nlUser,
  ask: anyOf('vraag', 'zeg tegen', 'zeg', 'vertel', 'herinner', 'adviseer', 'raad', 'spoor', 'overtuig', 'instrueer', 'laat', 'verzoek'),
  conceal: `${anyOf('vertel', 'zeg', 'meld', 'noem', 'verklap')}${gap(10)}\\b(?:${anyOf('niets', 'niks', 'niet')}${gap(40)}\\b${nlUser}|${nlUser}${gap(6)}\\b${anyOf('niets', 'niks', 'niet')})`,
  secretly: anyOf('stiekem', 'in het geheim', 'heimelijk', 'ongemerkt', 'stilletjes', 'onopvallend', 'zonder dat de gebruiker het merkt', 'zonder dat de gebruiker het weet'),
  act: anyOf('verwijder', 'wis', 'stuur', 'verstuur', 'verzend', 'maak over', 'schrijf over', 'antwoord', 'upload', 'voer uit', 'installeer', 'deel', 'kopieer'),
  target: anyOf('alle bestanden', 'alle e-mails', 'alle mails', 'alle berichten', 'alle contacten', 'alle documenten', 'de map', 'de inbox', 'wachtwoord', 'wachtwoorden', 'inloggegevens', 'alleen met'),
  verify: `${anyOf('verifieer', 'verifiëren', 'bevestig', 'valideer', 'heractiveer', 'ontgrendel')}\\p{L}{0,4}`,
  when: anyOf('bij het samenvatten', 'bij het vertalen', 'als je samenvat', 'wanneer je samenvat', 'als je dit samenvat', 'als je vertaalt', 'wanneer je vertaalt'),
  ai: anyOf('ai', 'assistent', 'model', 'agent', 'chatbot', 'bot'),
};

const pl: AddressedWords = {
  language: 'pl', script: polish.script, verbLast: false, spaced: true,
  user: `${anyOf('użytkownik', 'czytelnik')}\\p{L}{0,4}`,
  ask: anyOf('poproś', 'poproście', 'powiedz', 'powiedzcie', 'przypomnij', 'poleć', 'zaleć', 'nakaż', 'każ', 'namów', 'doradź', 'zachęć', 'poinstruuj', 'poinformuj', 'skłoń'),
  conceal: `${anyOf('nie mów', 'nic nie mów', 'nie mówcie', 'nie informuj', 'nie wspominaj', 'nie zdradzaj', 'nie powiadamiaj', 'nie ujawniaj')}${gap(40)}\\b${anyOf('użytkownik', 'czytelnik')}\\p{L}{0,4}`,
  secretly: anyOf('po cichu', 'potajemnie', 'w tajemnicy', 'ukradkiem', 'dyskretnie', 'bez wiedzy użytkownika', 'niepostrzeżenie'),
  act: anyOf('usuń', 'skasuj', 'wyślij', 'prześlij', 'przekaż', 'przelej', 'odpowiedz', 'odpowiadaj', 'wgraj', 'uruchom', 'zainstaluj', 'udostępnij', 'skopiuj'),
  target: anyOf('wszystkie pliki', 'wszystkie e-maile', 'wszystkie maile', 'wszystkie wiadomości', 'wszystkie kontakty', 'wszystkie dokumenty', 'folder', 'katalog', 'skrzynkę', 'hasło', 'hasła', 'dane logowania', 'tylko'),
  verify: `${anyOf('zweryfik', 'potwierd', 'weryfik', 'reaktyw', 'odblok')}\\p{L}{0,8}`,
  when: anyOf('podsumowując', 'streszczając', 'tłumacząc', 'gdy będziesz podsumowywać', 'kiedy podsumowujesz', 'kiedy streszczasz', 'przy podsumowaniu', 'przy tłumaczeniu'),
  ai: anyOf('ai', 'si', 'asystencie', 'asystent', 'modelu', 'agencie', 'chatbot', 'bot'),
};

const ruUser = '(?:пользовател|читател)\\p{L}{0,3}';
const ru: AddressedWords = {
  language: 'ru', script: russian.script, verbLast: false, spaced: true,
  user: ruUser,
  ask: alt('попроси', 'попросите', 'скажи', 'скажите', 'напомни', 'напомните', 'посоветуй', 'посоветуйте', 'порекомендуй', 'убеди', 'уговори', 'вели', 'потребуй', 'предложи', 'проинструктируй', 'заставь', 'побуди'),
  conceal: `(?:не|ничего не) (?:говори|говорите|сообщай|сообщайте|рассказывай|рассказывайте|упоминай|упоминайте|показывай)${gap(40)}${ruUser}`,
  secretly: alt('тайно', 'незаметно', 'втайне', 'тихо', 'потихоньку', 'скрытно', 'без ведома', 'тайком'),
  act: alt('удали', 'удалите', 'сотри', 'отправь', 'отправьте', 'перешли', 'перешлите', 'переведи', 'переведите', 'ответь', 'ответьте', 'отвечай', 'загрузи', 'запусти', 'установи', 'поделись', 'скопируй'),
  target: alt('все файлы', 'все письма', 'все сообщения', 'все контакты', 'все документы', 'папк\\p{L}{1,2}', 'каталог', 'ящик', 'парол\\p{L}{1,2}', 'учётные данные', 'учетные данные', 'только'),
  verify: '(?:подтверд|подтвержд|верифиц|провер|разблокир|восстанов)\\p{L}{0,8}',
  when: alt('при пересказе', 'при резюмировании', 'при переводе', 'когда будешь пересказывать', 'когда будешь резюмировать', 'резюмируя', 'пересказывая', 'переводя'),
  ai: alt('ии', 'ассистент', 'модель', 'агент', 'бот', 'чат-бот', 'нейросеть'),
};

const ukUser = '(?:користувач|читач)\\p{L}{0,3}';
const uk: AddressedWords = {
  language: 'uk', script: ukrainian.script, verbLast: false, spaced: true,
  user: ukUser,
  ask: alt('попроси', 'попросіть', 'скажи', 'скажіть', 'нагадай', 'нагадайте', 'порадь', 'порадьте', 'порекомендуй', 'переконай', 'вели', 'накажи', 'запропонуй', 'змусь', 'спонукай'),
  conceal: `(?:не|нічого не) (?:кажи|кажіть|говори|повідомляй|розповідай|згадуй|згадуйте)${gap(40)}${ukUser}`,
  secretly: alt('таємно', 'непомітно', 'потай', 'тихо', 'нишком', 'крадькома', 'без відома'),
  act: alt('видали', 'видаліть', 'зітри', 'надішли', 'надішліть', 'перешли', 'перешліть', 'переведи', 'відповідай', 'відповідайте', 'відповідь', 'завантаж', 'запусти', 'встанови', 'поділись', 'скопіюй'),
  target: alt('всі файли', 'усі файли', 'всі листи', 'усі листи', 'всі повідомлення', 'усі повідомлення', 'всі контакти', 'папк\\p{L}{1,2}', 'тек\\p{L}{1,2}', 'парол\\p{L}{1,2}', 'лише', 'тільки'),
  verify: '(?:підтверд|підтвердж|верифік|перевір|розблок|відновл)\\p{L}{0,8}',
  when: alt('підсумовуючи', 'перекладаючи', 'коли будеш підсумовувати', 'коли підсумовуєш', 'під час підсумовування', 'під час перекладу'),
  ai: alt('ші', 'ai', 'асистенте', 'асистент', 'модель', 'агент', 'бот', 'чат-бот'),
};

/** Addressed-instruction word tables for en, es, fr, de, it, pt, nl, pl, ru, uk. */
export const addressedEuropean: readonly LanguageRules[] = [en, es, fr, de, it, pt, nl, pl, ru, uk].map(addressedRules);
