// Light enhancements only; every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // Timeline filters apply as soon as a select changes.
  document.querySelectorAll("form.filters select").forEach((select) => {
    select.addEventListener("change", () => select.form.submit());
  });
  // Hovering an entity highlights its other mentions in the article.
  document.querySelectorAll(".body a.ent").forEach((link) => {
    const same = () => document.querySelectorAll(`.body a.ent[href="${link.getAttribute("href")}"]`);
    link.addEventListener("mouseenter", () => same().forEach((el) => el.style.outline = "2px solid #0b57d0"));
    link.addEventListener("mouseleave", () => same().forEach((el) => el.style.outline = ""));
  });
});
