/** Where the designer lives in the admin panel: /admin/path-designer (`?path=<documentId>` opens one path). */
export const DESIGNER_ROUTE = 'path-designer';

/** The admin-panel address that opens a path in the designer. */
export const designerUrl = (documentId: string): string =>
  `/admin/${DESIGNER_ROUTE}?path=${encodeURIComponent(documentId)}`;
