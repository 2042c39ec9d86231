// Tells GOV.UK Frontend's styles that JavaScript is running (kept out of the page so the CSP allows no inline script).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
