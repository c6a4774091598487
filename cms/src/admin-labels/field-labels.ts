/**
 * What the content manager shows for each field: a Finnish label and a one-line help text,
 * followed by the Swedish label and help (the view configuration has one label per field,
 * not one per admin language). Enumeration values are named here, as the admin panel
 * shows the stored values in its drop-downs.
 */
export interface FieldLabel {
  fi: string;
  fiHelp: string;
  sv: string;
  svHelp: string;
}

const AUDIENCE_FI = 'resident = asukas, professional = ammattilainen, business = yritys, city = kaupungin henkilöstö';
const AUDIENCE_SV = 'resident = invånare, professional = yrkesperson, business = företag, city = stadens personal';
const HANDOFF_FI = 'live_chat = chat, callback = takaisinsoitto, video = videopuhelu, phone = puhelin';
const HANDOFF_SV = 'live_chat = chatt, callback = återuppringning, video = videosamtal, phone = telefon';

const slug: FieldLabel = {
  fi: 'Tunniste',
  fiHelp: 'Osoitteessa näkyvä tunniste, sama kaikilla kielillä; muodostuu otsikosta',
  sv: 'Identifierare',
  svHelp: 'samma på alla språk, ändras i den finska versionen',
};
const audience: FieldLabel = {
  fi: 'Kohderyhmä',
  fiHelp: `Kenelle sisältö on: ${AUDIENCE_FI}`,
  sv: 'Målgrupp',
  svHelp: AUDIENCE_SV,
};
const topic: FieldLabel = {
  fi: 'Aihe',
  fiHelp: 'Aihe, jolla sisältöä suodatetaan ja raportoidaan',
  sv: 'Ämne',
  svHelp: 'för filtrering och rapporter',
};
const owner: FieldLabel = {
  fi: 'Vastuuhenkilö',
  fiHelp: 'Kuka pitää sisällön ajan tasalla',
  sv: 'Ansvarig',
  svHelp: 'håller innehållet aktuellt',
};
const reviewDue: FieldLabel = {
  fi: 'Tarkistettava viimeistään',
  fiHelp: 'Päivä, johon mennessä sisältö tarkistetaan',
  sv: 'Granskas senast',
  svHelp: 'datum då innehållet ska granskas',
};
const description: FieldLabel = {
  fi: 'Kuvaus',
  fiHelp: 'Lyhyt kuvaus sisällöstä',
  sv: 'Beskrivning',
  svHelp: 'kort beskrivning',
};

/** Labels per content-type or component UID and field. */
export const FIELD_LABELS: Readonly<Record<string, Readonly<Record<string, FieldLabel>>>> = {
  'api::answer.answer': {
    slug,
    title: {
      fi: 'Otsikko',
      fiHelp: 'Vastauksen otsikko, jonka botti näyttää',
      sv: 'Rubrik',
      svHelp: 'svarets rubrik som boten visar',
    },
    body: { fi: 'Vastaus', fiHelp: 'Vastauksen teksti (markdown)', sv: 'Svar', svHelp: 'svarets text (markdown)' },
    phrasings: {
      fi: 'Kysymysmuodot',
      fiHelp: 'Lyhyitä tapoja, joilla asukkaat kysyvät tätä',
      sv: 'Frågeformer',
      svHelp: 'korta sätt som invånare frågar på',
    },
    audience,
    topic,
    partners: {
      fi: 'Kumppanipalvelut',
      fiHelp: 'Palvelut, joihin vastaus ohjaa',
      sv: 'Partnertjänster',
      svHelp: 'tjänster som svaret hänvisar till',
    },
    handoff: {
      fi: 'Siirto ihmiselle',
      fiHelp: `Miten asiakas saa ihmisen avuksi: ${HANDOFF_FI}`,
      sv: 'Överlämning',
      svHelp: HANDOFF_SV,
    },
    owner,
    reviewDue,
  },
  'api::guidance-path.guidance-path': {
    slug,
    name: { fi: 'Nimi', fiHelp: 'Ohjauspolun nimi', sv: 'Namn', svHelp: 'vägledningens namn' },
    description,
    phrasings: {
      fi: 'Kysymysmuodot',
      fiHelp: 'Lyhyitä tapoja, joilla asukkaat kysyvät asiaa, johon polku ohjaa',
      sv: 'Frågeformer',
      svHelp: 'korta sätt som invånare frågar om det som vägledningen hjälper med',
    },
    audience,
    topic,
    owner,
    reviewDue,
    steps: {
      fi: 'Vaiheet',
      fiHelp: 'Polun kysymykset; ensimmäinen vaihe aloittaa polun',
      sv: 'Steg',
      svHelp: 'vägens frågor; det första steget inleder den',
    },
  },
  'api::partner-service.partner-service': {
    slug,
    name: { fi: 'Nimi', fiHelp: 'Palvelun nimi', sv: 'Namn', svHelp: 'tjänstens namn' },
    url: {
      fi: 'Verkko-osoite',
      fiHelp: 'Palvelun osoite, alkaa https://',
      sv: 'Webbadress',
      svHelp: 'börjar med https://',
    },
    description,
    kind: {
      fi: 'Tyyppi',
      fiHelp:
        'national_service = valtakunnallinen palvelu, helpline = auttava puhelin, ngo = järjestö, portal = portaali',
      sv: 'Typ',
      svHelp: 'national_service = nationell tjänst, helpline = hjälplinje, ngo = organisation, portal = portal',
    },
    phone: {
      fi: 'Puhelinnumero',
      fiHelp: 'Numero, johon botti ohjaa soittamaan',
      sv: 'Telefonnummer',
      svHelp: 'nummer att ringa',
    },
  },
  'api::safety-trigger.safety-trigger': {
    slug,
    description,
    phrases: {
      fi: 'Hälytysilmaukset',
      fiHelp: 'Ilmaukset, jotka viittaavat hätään tai kriisiin',
      sv: 'Larmfraser',
      svHelp: 'fraser som tyder på nöd eller kris',
    },
    answer: { fi: 'Vastaus', fiHelp: 'Vastaus, johon ilmaus johtaa', sv: 'Svar', svHelp: 'svaret frasen leder till' },
    path: {
      fi: 'Ohjauspolku',
      fiHelp: 'Polku, johon ilmaus johtaa',
      sv: 'Vägledning',
      svHelp: 'vägen frasen leder till',
    },
  },
  'api::topic.topic': {
    slug,
    name: { fi: 'Nimi', fiHelp: 'Aiheen nimi', sv: 'Namn', svHelp: 'ämnets namn' },
  },
  'api::search-vocabulary.search-vocabulary': {
    stopWords: {
      fi: 'Ohitettavat sanat',
      fiHelp: 'Pilkuin erotetut sanat, joita haku ei huomioi',
      sv: 'Stoppord',
      svHelp: 'kommaseparerade ord som sökningen ignorerar',
    },
    synonyms: {
      fi: 'Synonyymit',
      fiHelp: 'Sanaryhmät, jotka haku käsittelee samoina',
      sv: 'Synonymer',
      svHelp: 'ordgrupper som söks lika',
    },
  },
  'guidance.step': {
    key: {
      fi: 'Vaiheen tunniste',
      fiHelp: 'Pienet kirjaimet ja viivat; vaihtoehdot viittaavat tähän',
      sv: 'Stegets id',
      svHelp: 'små bokstäver och bindestreck',
    },
    prompt: { fi: 'Kysymys', fiHelp: 'Mitä botti kysyy tässä vaiheessa', sv: 'Fråga', svHelp: 'vad boten frågar' },
    options: {
      fi: 'Vaihtoehdot',
      fiHelp: 'Vastausvaihtoehdot ja mihin ne johtavat',
      sv: 'Alternativ',
      svHelp: 'svarsalternativ',
    },
  },
  'guidance.option': {
    key: {
      fi: 'Vaihtoehdon tunniste',
      fiHelp: 'Pysyvä tunniste, jonka botti lähettää valinnasta; täyttyy tekstistä, sama suomeksi ja ruotsiksi',
      sv: 'Alternativets id',
      svHelp: 'fast id som boten skickar för valet; fylls i från texten, samma på finska och svenska',
    },
    label: {
      fi: 'Vaihtoehdon teksti',
      fiHelp: 'Mitä asiakas valitsee',
      sv: 'Alternativets text',
      svHelp: 'vad kunden väljer',
    },
    target: {
      fi: 'Johtaa',
      fiHelp:
        'step = seuraava vaihe, answer = vastaus, partner = kumppanipalvelu, handoff = siirto ihmiselle, end = loppu',
      sv: 'Leder till',
      svHelp: 'step = steg, answer = svar, partner = partnertjänst, handoff = överlämning, end = slut',
    },
    step: {
      fi: 'Seuraava vaihe',
      fiHelp: 'Vaiheen tunniste, kun johtaa = step',
      sv: 'Nästa steg',
      svHelp: 'stegets id',
    },
    answer: { fi: 'Vastaus', fiHelp: 'Vastaus, kun johtaa = answer', sv: 'Svar', svHelp: 'när leder till = answer' },
    partner: {
      fi: 'Kumppanipalvelu',
      fiHelp: 'Palvelu, kun johtaa = partner',
      sv: 'Partnertjänst',
      svHelp: 'när leder till = partner',
    },
    handoff: { fi: 'Siirtokanava', fiHelp: `Kun johtaa = handoff: ${HANDOFF_FI}`, sv: 'Kanal', svHelp: HANDOFF_SV },
  },
  'kb.phrasing': {
    text: {
      fi: 'Teksti',
      fiHelp: 'Lyhyt ilmaus sellaisena kuin asukas sen kirjoittaa',
      sv: 'Text',
      svHelp: 'som invånaren skriver',
    },
  },
  'kb.synonym-group': {
    terms: {
      fi: 'Sanat',
      fiHelp: 'Pilkuin erotetut samaa tarkoittavat sanat',
      sv: 'Ord',
      svHelp: 'kommaseparerade synonymer',
    },
  },
};

/** The help text the content manager shows under a field: Finnish, then Swedish. */
export function describeField(label: FieldLabel): string {
  return `${label.fiHelp}. På svenska: ${label.sv} – ${label.svHelp}.`;
}
