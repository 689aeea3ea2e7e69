addEventListener("load",()=>{let w=navigator.serviceWorker;w?.register("/sw.js").then(r=>w.controller&&(r.waiting?import("/sw-update.js"):r.onupdatefound=()=>import("/sw-update.js")))})
