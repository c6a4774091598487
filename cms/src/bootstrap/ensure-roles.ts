import type { Core } from '@strapi/strapi';
import { CONTENT_LOCALES } from './ensure-locales';
import { INTERNAL_UIDS } from '../content-uids';

export const MANAGER_ROLE_CODE = 'botkb-manager';
export const CONTENT_EXPERT_ROLE_CODE = 'strapi-editor';

const CM = 'plugin::content-manager.explorer';
const EXPERT_ACTIONS = ['create', 'read', 'update', 'delete', 'publish'].map((a) => `${CM}.${a}`);
const MANAGER_ACTIONS = [`${CM}.read`];

interface Action {
  actionId: string;
  section: string;
}
interface Permission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

/** A knowledge-base type: an api:: type that is not internal (the ask record, the search queue). */
const isKnowledgeBaseType = (subject: unknown): subject is string =>
  typeof subject === 'string' && subject.startsWith('api::') && !INTERNAL_UIDS.includes(subject);

/** Content-manager permissions on every knowledge-base type, all fields, fi and sv. */
function knowledgeBasePermissions(strapi: Core.Strapi, actionIds: string[]): Permission[] {
  const actions = (strapi.service('admin::permission').actionProvider.values() as Action[]).filter(
    (a) => a.section === 'contentTypes' && actionIds.includes(a.actionId),
  );
  return (strapi.service('admin::content-type').getPermissionsWithNestedFields(actions) as Permission[])
    .filter((p) => isKnowledgeBaseType(p.subject))
    .map((p) => ({
      action: p.action,
      subject: p.subject,
      properties: { ...p.properties, locales: CONTENT_LOCALES.map((l) => l.code) },
      conditions: [],
    }));
}

/** Replaces a role's knowledge-base permissions, keeping its other permissions (media library etc.). */
async function setKnowledgeBasePermissions(strapi: Core.Strapi, roleId: number, permissions: Permission[]) {
  const existing = (await strapi.db
    .query('admin::permission')
    .findMany({ where: { role: { id: roleId } } })) as Permission[];
  const others = existing
    .filter((p) => !(typeof p.subject === 'string' && p.subject.startsWith('api::')))
    .map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions }));
  await strapi.service('admin::role').assignPermissions(roleId, [...others, ...permissions]);
}

/**
 * Content experts use Strapi's Editor role: create, edit, delete and publish
 * every knowledge-base type in fi and sv. Managers get a read-only role.
 */
export async function ensureRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  const editor = await roles.findOne({ code: CONTENT_EXPERT_ROLE_CODE });
  if (editor) await setKnowledgeBasePermissions(strapi, editor.id, knowledgeBasePermissions(strapi, EXPERT_ACTIONS));

  let manager = await roles.findOne({ code: MANAGER_ROLE_CODE });
  if (!manager) {
    manager = await roles.create({
      name: 'Manager',
      code: MANAGER_ROLE_CODE,
      description: 'Managers read the knowledge base and the analytics; they do not edit content.',
    });
  }
  await setKnowledgeBasePermissions(strapi, manager.id, knowledgeBasePermissions(strapi, MANAGER_ACTIONS));
}
