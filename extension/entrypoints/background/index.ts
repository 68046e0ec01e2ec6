export default defineBackground(() => {
	console.log("tierline background");
});
