/** Where the designer lives in the admin panel: /admin/path-designer. */
export const DESIGNER_ROUTE = 'path-designer';
