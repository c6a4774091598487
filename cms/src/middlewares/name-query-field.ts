import { nameQueryField } from '../http/name-query-field';

/** `global::name-query-field`: every 400 of Strapi's query parsing names its field (see http/name-query-field.ts). */
export default () => nameQueryField();
