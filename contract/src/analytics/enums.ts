/**
 * The contract's value sets without zod (`@botkb/contract/enums`), for bundles that need
 * the enums at run time but not the schemas (the analytics UI).
 */
export * from './shared-enums';
export * from './analytics-enums';
