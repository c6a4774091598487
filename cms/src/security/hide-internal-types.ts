import type { Core } from '@strapi/strapi';
import { INTERNAL_UIDS } from '../content-uids';

interface ContentManagerTypes {
  findAllContentTypes(): Array<{ uid: string }>;
  findContentType(uid: string): unknown;
}

const isInternal = (uid: string) => INTERNAL_UIDS.includes(uid);

/**
 * Takes the internal types out of the content manager for every role, the super admin included.
 * Its type lists (`/content-manager/content-types`, `/init`) leave them out, and since the
 * content-manager registers its permission actions for the types of that same list, no role can
 * hold a permission on them: the super admin's permissions are rebuilt from the actions at every
 * start and grants left from before are deleted, so every content-manager route answers 403.
 * Runs in `register()`, before the content manager registers its actions.
 */
export function hideInternalTypes(strapi: Core.Strapi): void {
  strapi.get('services').extend('plugin::content-manager.content-types', (types: ContentManagerTypes) => ({
    ...types,
    findAllContentTypes: () => types.findAllContentTypes().filter((type) => !isInternal(type.uid)),
    findContentType: (uid: string) => (isInternal(uid) ? undefined : types.findContentType(uid)),
  }));
}
