import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
import './glossary.mjs';

initAll();
