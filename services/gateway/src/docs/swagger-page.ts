import { dirname } from 'node:path';

/** Swagger UI's own files (the package @nestjs/swagger brings), served from `/docs/ui/`; the page loads no inline script (CSP). */
export const SWAGGER_UI_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));

export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>vetlink API</title>
<link rel="stylesheet" href="/docs/ui/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/ui/swagger-ui-bundle.js"></script>
<script src="/docs/start.js"></script>
</body>
</html>
`;

export const DOCS_START_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/docs/openapi.json', dom_id: '#swagger-ui' });\n`;
