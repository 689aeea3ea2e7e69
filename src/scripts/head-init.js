try{let t=localStorage.getItem("theme");(t=="light"||t=="dark")&&(document.documentElement.dataset.theme=t)}catch(e){}addEventListener("load",()=>navigator.serviceWorker?.register("/sw.js"))
