import type { Core, UID } from '@strapi/strapi';
import { FIELD_LABELS, describeField } from './field-labels';

type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
type Configuration = { settings: unknown; layouts: unknown; metadatas: Record<string, Metadata> };
// The content manager's services for content types and for components: each finds a model and reads/writes its view.
type ViewService = {
  findConfiguration(model: object): Promise<Configuration>;
  updateConfiguration(model: object, configuration: Omit<Configuration, 'uid'>): Promise<unknown>;
};

/**
 * Bootstrap step: writes the Finnish labels and help texts of FIELD_LABELS into the content
 * manager's view configuration of every listed content type and component (edit view and
 * list columns). Runs at every start, so the labels follow this file.
 */
export async function applyFieldLabels(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  for (const [uid, fields] of Object.entries(FIELD_LABELS)) {
    const isComponent = !uid.includes('::');
    const service = contentManager.service(isComponent ? 'components' : 'content-types') as ViewService;
    const model = strapi.getModel(uid as UID.Schema);
    const { settings, layouts, metadatas } = await service.findConfiguration(model as object);
    for (const [field, label] of Object.entries(fields)) {
      const metadata = metadatas[field] ?? {};
      metadata.edit = { ...metadata.edit, label: label.fi, description: describeField(label) };
      metadata.list = { ...metadata.list, label: label.fi };
      metadatas[field] = metadata;
    }
    await service.updateConfiguration(model as object, { settings, layouts, metadatas });
  }
}
